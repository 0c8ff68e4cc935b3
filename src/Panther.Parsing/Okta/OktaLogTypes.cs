using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Okta;

/// <summary>
/// The Okta log type: System Log events (<c>Okta.SystemLog</c>) as the System Log API returns them, one per line or
/// as a JSON array, written with the public schema API like any user schema.
/// </summary>
/// <remarks>
/// Members whose shape changes between event types are kept verbatim as raw JSON: <c>debugContext.debugData</c>
/// (sometimes an object, sometimes a string; its <c>risk</c> value is a Java map printed as text, see
/// <see cref="OktaRisk"/>), <c>transaction.detail</c>, and the <c>detailEntry</c> and <c>changeDetails</c> of actors
/// and targets. <c>target</c> may be null, empty or a list; it is written out as it arrived.
/// </remarks>
public static class OktaLogTypes
{
    /// <summary>Gets the schema of System Log events.</summary>
    public static LogSchema SystemLog { get; } = new("Okta.SystemLog")
    {
        Description = "Okta System Log events: sign-ins, multi-factor checks, administrative changes and other "
            + "activity in an Okta organization.",
        ReferenceUrl = new Uri("https://developer.okta.com/docs/reference/api/system-log/"),
        Fields =
        [
            Field.String("uuid") with { Required = true, Description = "The unique id of the event." },
            Field.Timestamp("published", TimestampFormat.Rfc3339, isEventTime: true) with
            {
                Required = true,
                Description = "When the event was published, in UTC with milliseconds.",
            },
            Field.String("eventType") with
            {
                Required = true,
                Description = "The kind of event, such as user.session.start.",
            },
            Field.String("version") with { Description = "The version of the event format." },
            Field.String("severity") with { Description = "DEBUG, INFO, WARN or ERROR." },
            Field.String("legacyEventType") with { Description = "The event type of Okta's older Events API." },
            Field.String("displayMessage") with { Description = "A short description of the event for people." },
            Actor(),
            Client(),
            Device(),
            AuthenticationContext(),
            SecurityContext(),
            Field.Object("request", IpChain()) with
            {
                Description = "The request that caused the event.",
            },
            Targets(),
            Field.Object("transaction",
                Field.String("type"),
                Field.String("id"),
                Field.Json("detail") with { Description = "Details of the transaction; their shape varies." }) with
            {
                Description = "The transaction the event belongs to: a web request (WEB) or a background job (JOB).",
            },
            Field.Object("debugContext",
                Field.Json("debugData", OktaIndicators.DebugDataRules) with
                {
                    Description = "Details that depend on the event type, kept verbatim.",
                }) with
            {
                Description = "Extra information for troubleshooting.",
            },
            Field.Object("outcome",
                Field.String("result") with
                {
                    Description = "SUCCESS, FAILURE, SKIPPED, ALLOW, DENY, CHALLENGE or UNKNOWN.",
                },
                Field.String("reason") with { Description = "Why the action had that result, when known." }) with
            {
                Description = "What came of the action.",
            },
        ],
    };

    /// <summary>Gets the Okta log types.</summary>
    public static IReadOnlyList<LogSchema> All { get; } = [SystemLog];

    private static SchemaField Actor() =>
        Field.Object("actor",
            Field.String("id") with { Description = "The Okta id of the actor." },
            Field.String("type") with { Description = "User, PublicClientApp, SystemPrincipal, ..." },
            Field.String("alternateId", IndicatorKind.Email, IndicatorKind.Username) with
            {
                Description = "The actor's login: an email address or a user name.",
            },
            Field.String("displayName"),
            Field.Json("detailEntry") with { Description = "More about the actor; its shape varies." }) with
        {
            Description = "Who performed the action: a user, an application or Okta itself.",
        };

    private static SchemaField Client() =>
        Field.Object("client",
            Field.Object("userAgent",
                Field.String("rawUserAgent"),
                Field.String("os"),
                Field.String("browser")),
            Field.String("zone") with { Description = "The network zone the client was in, or the text null." },
            Field.String("device") with { Description = "The kind of device: Computer, Mobile, Unknown, ..." },
            Field.String("id") with { Description = "The id of the client application, when it is known." },
            Field.String("ipAddress", IndicatorKind.Ip) with { Description = "The client's IP address." },
            GeographicalContext(),
            IpChain()) with
        {
            Description = "The client that made the request.",
        };

    private static SchemaField Device() =>
        Field.Object("device",
            Field.String("id"),
            Field.String("name"),
            Field.String("os_platform"),
            Field.String("os_version"),
            Field.Boolean("managed"),
            Field.Boolean("registered"),
            Field.Json("device_integrator"),
            Field.String("disk_encryption_type"),
            Field.String("screen_lock_type"),
            Field.Boolean("jailbreak"),
            Field.Boolean("secure_hardware_present")) with
        {
            Description = "The device registered with Okta Verify, when one was used.",
        };

    private static SchemaField AuthenticationContext() =>
        Field.Object("authenticationContext",
            Field.String("authenticationProvider"),
            Field.String("credentialProvider"),
            Field.String("credentialType"),
            Field.Object("issuer",
                Field.String("id"),
                Field.String("type")),
            Field.String("interface"),
            Field.Int32("authenticationStep"),
            Field.String("externalSessionId") with { Description = "The id of the session the event belongs to." },
            Field.String("rootSessionId")) with
        {
            Description = "How the actor authenticated.",
        };

    private static SchemaField SecurityContext() =>
        Field.Object("securityContext",
            Field.Int64("asNumber"),
            Field.String("asOrg"),
            Field.String("isp"),
            Field.String("domain", IndicatorKind.Domain),
            Field.Boolean("isProxy")) with
        {
            Description = "What Okta knows about the client's network.",
        };

    private static SchemaField Targets() =>
        Field.Array("target", FieldType.Object(
            Field.String("id"),
            Field.String("type"),
            Field.String("alternateId", IndicatorKind.Email) with
            {
                Description = "The target's login or name; an email address for users.",
            },
            Field.String("displayName"),
            Field.Json("detailEntry") with { Description = "More about the target; its shape varies." },
            Field.Json("changeDetails") with
            {
                Description = "The values before (from) and after (to) a change, as objects or as Java map text.",
            })) with
        {
            Description = "The entities the action was performed on; null or empty when there are none.",
        };

    private static SchemaField IpChain() =>
        Field.Array("ipChain", FieldType.Object(
            Field.String("ip", IndicatorKind.Ip),
            GeographicalContext(),
            Field.String("version"),
            Field.String("source"))) with
        {
            Description = "The addresses the request passed through, the client's first.",
        };

    private static SchemaField GeographicalContext() =>
        Field.Object("geographicalContext",
            Field.String("city"),
            Field.String("state"),
            Field.String("country"),
            Field.String("postalCode"),
            Field.Object("geolocation",
                Field.Double("lat"),
                Field.Double("lon"))) with
        {
            Description = "Where the address is located.",
        };
}
