using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Okta;

/// <summary>The parts of a System Log event whose shape depends on the event type: debug data and targets.</summary>
public sealed partial class OktaSampleGenerator
{
    private static readonly string[] RiskReasons =
    [
        "Anomalous Device", "Anomalous Location", "New ASN", "New Geo-Location", "Velocity", "New IP",
    ];

    private static readonly (string Name, string Label)[] Apps =
    [
        ("acme_payroll", "Payroll"), ("github_enterprise", "GitHub Enterprise"), ("aws_console", "AWS Console"),
        ("slack", "Slack"), ("zendesk", "Zendesk"), ("okta_dashboard", "Okta Dashboard"),
    ];

    private static readonly string[] Groups = ["Engineering", "Finance", "Contractors", "Admins", "Everyone"];

    private static void WriteDebugContext(Utf8JsonWriter writer, Random random, string type, string requestId,
        string ip, string email)
    {
        var uri = RequestUri(type, random);
        writer.WriteStartObject("debugContext");
        writer.WriteStartObject("debugData");
        writer.WriteString("requestId", requestId);
        writer.WriteString("requestUri", uri);
        writer.WriteString("url", uri + "?");
        writer.WriteString("threatSuspected", type == "security.threat.detected" ? "true" : "false");
        switch (type)
        {
            case "user.session.start" or "user.authentication.verify" or "policy.evaluate_sign_on"
                or "user.authentication.auth_via_mfa":
                WriteSignInData(writer, random, type);
                break;
            case "user.authentication.sso":
                writer.WriteString("initiationType", random.OneIn(2) ? "IDP_INITIATED" : "SP_INITIATED");
                writer.WriteString("signOnMode", random.OneIn(3) ? "OpenID Connect" : "SAML 2.0");
                if (random.OneIn(2))
                {
                    writer.WriteString("redirectUri", $"https://{random.Pick(Apps).Name}.apps.example.com/callback");
                }

                break;
            case "user.lifecycle.create":
                writer.WriteString("email", email);
                break;
            case "user.account.privilege.grant":
                writer.WriteString("privilegeGranted", random.OneIn(2) ? "Read-only Administrator"
                    : "Super administrator");
                break;
            case "security.threat.detected":
                writer.WriteString("threatDetections",
                    random.OneIn(2) ? "{\"Password Spray\":\"HIGH\"}" : "{\"Login failures\":\"MEDIUM\"}");
                writer.WriteString("clientAddress", ip);
                break;
            case "system.operation.rate_limit.violation":
                writer.WriteString("operationRateLimitType", "password_reset");
                writer.WriteString("operationRateLimitScopeType", "user");
                writer.WriteString("operationRateLimitThreshold", "3");
                writer.WriteString("operationRateLimitTimeSpan", "10");
                writer.WriteString("operationRateLimitTimeUnit", "MINUTES");
                writer.WriteString("operationRateLimitSecondsToReset",
                    random.Next(1, 600).ToString(CultureInfo.InvariantCulture));
                break;
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string RequestUri(string type, Random random) => type switch
    {
        "user.session.start" => random.OneIn(3) ? "/api/v1/authn" : "/idp/idx/identify",
        "user.authentication.sso" => $"/app/{random.Pick(Apps).Name}/exk{random.Alphanumeric(17)}/sso/saml",
        "user.authentication.auth_via_mfa" or "user.authentication.verify" => "/idp/idx/challenge/answer",
        "policy.evaluate_sign_on" => "/idp/idx/introspect",
        "system.api_token.create" => "/api/internal/tokens",
        "application.user_membership.add" => $"/api/v1/apps/0oa{random.Alphanumeric(17)}/users",
        "group.user_membership.add" => $"/api/v1/groups/00g{random.Alphanumeric(17)}/users",
        "security.threat.detected" => "/api/v1/authn",
        _ => $"/api/v1/users/00u{random.Alphanumeric(17)}/lifecycle",
    };

    private static void WriteSignInData(Utf8JsonWriter writer, Random random, string type)
    {
        writer.WriteString("authnRequestId", random.Alphanumeric(27));
        writer.WriteString("deviceFingerprint", random.Hex(32));
        writer.WriteString("dtHash", random.Hex(64));
        if (random.OneIn(2))
        {
            writer.WriteString("origin", $"https://{OrgDomain}");
        }

        if (type != "policy.evaluate_sign_on" && random.OneIn(2))
        {
            writer.WriteString("factor", random.OneIn(3) ? "TOTP" : "OKTA_VERIFY_PUSH");
            writer.WriteString("factorIntent", "AUTHENTICATION");
        }

        var level = random.Next(3) switch
        {
            0 => "LOW",
            1 => "MEDIUM",
            _ => "HIGH",
        };
        if (random.OneIn(2))
        {
            writer.WriteString("risk", RiskText(random, level));
        }

        if (random.OneIn(3))
        {
            writer.WriteString("behaviors", BehaviorsText(random));
        }

        switch (random.Next(4))
        {
            case 0:
                writer.WritePropertyName("logOnlySecurityData");
                writer.WriteRawValue(SecurityDataJson(random, level));
                break;
            case 1:
                writer.WriteString("logOnlySecurityData", SecurityDataJson(random, level));
                break;
        }
    }

    /// <summary>The risk as Okta prints it: a Java map whose reasons hold commas.</summary>
    private static string RiskText(Random random, string level)
    {
        if (level == "LOW" && random.OneIn(2))
        {
            return "{level=LOW}";
        }

        var first = random.Next(RiskReasons.Length);
        var second = (first + 1 + random.Next(RiskReasons.Length - 1)) % RiskReasons.Length;
        var reasons = $"{RiskReasons[first]}, {RiskReasons[second]}";
        return random.Next(3) switch
        {
            0 => $"{{level={level}, reasons={reasons}}}",
            1 => $"{{reasons=[{reasons}], level={level}}}",
            _ => $"{{reasons={reasons}, level={level}}}",
        };
    }

    private static string BehaviorsText(Random random) =>
        $"{{New Geo-Location={Signal(random)}, New Device={Signal(random)}, New IP={Signal(random)}, "
        + $"New State={Signal(random)}, New Country={Signal(random)}, Velocity={Signal(random)}, "
        + $"New City={Signal(random)}}}";

    private static string SecurityDataJson(Random random, string level) =>
        $"{{\"risk\":{{\"level\":\"{level}\"}},\"behaviors\":{{\"New Geo-Location\":\"{Signal(random)}\","
        + $"\"New Device\":\"{Signal(random)}\",\"New IP\":\"{Signal(random)}\",\"New City\":\"{Signal(random)}\"}}}}";

    private static string Signal(Random random) => random.OneIn(3) ? "POSITIVE" : "NEGATIVE";

    private static void WriteTargets(Utf8JsonWriter writer, Random random, Targets targets, string user,
        string email)
    {
        if (targets == Targets.None || (targets == Targets.Session && random.OneIn(2)))
        {
            switch (random.Next(3))
            {
                case 0:
                    writer.WriteNull("target");
                    break;
                case 1:
                    writer.WriteStartArray("target");
                    writer.WriteEndArray();
                    break;
            }

            return;
        }

        writer.WriteStartArray("target");
        switch (targets)
        {
            case Targets.Session:
                WriteTarget(writer, "lae" + random.Alphanumeric(17), "AuthenticatorEnrollment", "unknown",
                    "Password");
                WriteApp(writer, random, Apps[^1]);
                break;
            case Targets.User:
                WriteUserTarget(writer, random, user, email);
                break;
            case Targets.App:
                WriteUserTarget(writer, random, user, email, "AppUser");
                WriteApp(writer, random, random.Pick(Apps));
                break;
            case Targets.Group:
                WriteUserTarget(writer, random, user, email);
                var group = random.Pick(Groups);
                WriteTarget(writer, "00g" + random.Alphanumeric(17), "UserGroup", group, group);
                break;
            case Targets.Factor:
                WriteUserTarget(writer, random, user, email);
                WriteFactor(writer, random);
                break;
            case Targets.Policy:
                WriteTarget(writer, "00p" + random.Alphanumeric(17), "PolicyEntity", "unknown", "Default Policy");
                WriteTarget(writer, "0pr" + random.Alphanumeric(17), "PolicyRule", "unknown",
                    random.OneIn(2) ? "Require MFA off network" : "Catch-all Rule");
                break;
            case Targets.PolicyChange:
                WriteChangedTarget(writer, random, "00p" + random.Alphanumeric(17), "PolicyEntity",
                    "Okta Sign-on Policy", PolicyChange);
                break;
            case Targets.Token:
                var token = random.OneIn(2) ? "ci-provisioning" : "siem-export";
                WriteTarget(writer, "00T" + random.Alphanumeric(17), "Token", token, token);
                break;
            case Targets.Idp:
                WriteChangedTarget(writer, random, "0oa" + random.Alphanumeric(17), "IdentityProvider",
                    "Partner Directory", IdpChange);
                break;
        }

        writer.WriteEndArray();
    }

    private static void WriteTarget(Utf8JsonWriter writer, string id, string type, string alternateId,
        string displayName)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", type);
        writer.WriteString("alternateId", alternateId);
        writer.WriteString("displayName", displayName);
        writer.WriteNull("detailEntry");
        writer.WriteEndObject();
    }

    private static void WriteUserTarget(Utf8JsonWriter writer, Random random, string user, string email,
        string type = "User") =>
        WriteTarget(writer, "00u" + random.Alphanumeric(17), type, email, DisplayName(user));

    private static void WriteApp(Utf8JsonWriter writer, Random random, (string Name, string Label) app) =>
        WriteTarget(writer, "0oa" + random.Alphanumeric(17), "AppInstance", app.Name, app.Label);

    private static void WriteFactor(Utf8JsonWriter writer, Random random)
    {
        var push = random.OneIn(2);
        writer.WriteStartObject();
        writer.WriteString("id", "pfd" + random.Alphanumeric(17));
        writer.WriteString("type", "AuthenticatorEnrollment");
        writer.WriteString("alternateId", "unknown");
        writer.WriteString("displayName", push ? "Okta Verify" : "Google Authenticator");
        writer.WriteStartObject("detailEntry");
        writer.WriteString("methodTypeUsed", push ? "Okta Verify - Push" : "Google Authenticator");
        writer.WriteString("methodUsedVerifiedProperties", push ? "[POSSESSION, USER_PRESENCE]" : "[POSSESSION]");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteChangedTarget(Utf8JsonWriter writer, Random random, string id, string type,
        string name, Action<Utf8JsonWriter, Random, bool> writeChange)
    {
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", type);
        writer.WriteString("alternateId", name);
        writer.WriteString("displayName", name);
        writer.WriteNull("detailEntry");
        writer.WriteStartObject("changeDetails");
        writer.WriteStartObject("from");
        writeChange(writer, random, false);
        writer.WriteEndObject();
        writer.WriteStartObject("to");
        writeChange(writer, random, true);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes one side of an identity provider change, as a Java map string or as an object.</summary>
    private static void IdpChange(Utf8JsonWriter writer, Random random, bool after)
    {
        var match = after ? "EMAIL" : "USERNAME";
        if (random.OneIn(2))
        {
            writer.WriteString("policyAccountLink", "{action=AUTO, filter={groups={include=[]}}}");
            writer.WriteString("policySubject", $"{{matchAttribute=login, matchType={match}}}");
            return;
        }

        writer.WriteStartObject("policySubject");
        writer.WriteString("matchAttribute", "login");
        writer.WriteString("matchType", match);
        writer.WriteEndObject();
    }

    /// <summary>Writes one side of a sign-on policy change, as a Java map string or as an object.</summary>
    private static void PolicyChange(Utf8JsonWriter writer, Random random, bool after)
    {
        var minutes = after ? 120 : 720;
        if (random.OneIn(2))
        {
            writer.WriteString("actions",
                $"{{signon={{access=ALLOW, requireFactor=true, session={{maxSessionIdleMinutes={minutes}}}}}}}");
            return;
        }

        writer.WriteStartObject("actions");
        writer.WriteStartObject("signon");
        writer.WriteString("access", "ALLOW");
        writer.WriteBoolean("requireFactor", true);
        writer.WriteStartObject("session");
        writer.WriteNumber("maxSessionIdleMinutes", minutes);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
