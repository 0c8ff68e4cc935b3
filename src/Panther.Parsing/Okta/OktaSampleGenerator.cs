using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Okta;

/// <summary>
/// Made-up Okta System Log events with the variety of a real organization: sign-ins, single sign-on, multi-factor
/// checks, sign-on policy evaluations, lockouts, group and application assignments, API tokens, identity provider
/// and policy changes, rate limits and threats. Actors are people, API clients and Okta itself; targets are absent,
/// null, empty or lists; <c>debugData</c> holds free-form values such as the risk text
/// <c>{reasons=..., level=...}</c> and <c>logOnlySecurityData</c> as an object or as a string.
/// </summary>
public sealed partial class OktaSampleGenerator : ISampleGenerator
{
    private const string OrgDomain = "acme.okta.example";

    private static readonly string[] Users =
    [
        "avery.chen", "blake.okafor", "casey.ito", "devon.marsh", "emery.silva", "finley.novak", "harper.quinn",
        "jordan.bose", "kai.lindqvist", "morgan.reyes", "noor.haddad", "river.adeyemi",
    ];

    private static readonly string[] MailDomains = ["acme.example", "example.com", "contractors.example.org"];

    private static readonly (string Raw, string Os, string Browser)[] Agents =
    [
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
            + "Safari/605.1.15", "Mac OS X", "SAFARI"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            + "Safari/537.36", "Windows 10", "CHROME"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0", "Windows 10",
            "FIREFOX"),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Mobile/15E148", "iOS", "SAFARI"),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 "
            + "Edg/130.0.2849.80", "Linux", "CHROMIUM_EDGE"),
        ("OktaVerify/9.32.0 (Android 14; Pixel 8)", "Android", "UNKNOWN"),
        ("okta-sdk-java/15.0.0 java/21.0.4 Linux/6.8.0", "Unknown", "UNKNOWN"),
        ("python-requests/2.32.3", "Unknown", "UNKNOWN"),
    ];

    private static readonly (string City, string? State, string Country, string? Postal, double Lat, double Lon)[]
        Places =
    [
        ("Lisbon", "Lisbon", "Portugal", "1100", 38.7223, -9.1393),
        ("Austin", "Texas", "United States", "78701", 30.2672, -97.7431),
        ("Osaka", "Osaka", "Japan", "530-0001", 34.6937, 135.5023),
        ("Nairobi", "Nairobi County", "Kenya", null, -1.2921, 36.8219),
        ("Melbourne", "Victoria", "Australia", "3000", -37.8136, 144.9631),
        ("Berlin", "Land Berlin", "Germany", "10115", 52.52, 13.405),
        ("Sao Paulo", "Sao Paulo", "Brazil", "01000", -23.5505, -46.6333),
        ("Vilnius", null, "Lithuania", null, 54.6872, 25.2797),
    ];

    private static readonly (long Number, string Org, string Isp, string Domain)[] Networks =
    [
        (64500, "acme corp", "acme corp", "acme.example"),
        (64501, "metro fiber", "metro fiber broadband", "metrofiber.example.net"),
        (64502, "cloudhost llc", "cloudhost", "cloudhost.example.com"),
        (64503, "mobile one", "mobile one wireless", "mobileone.example"),
    ];

    /// <summary>
    /// Each event type with its message, its older name, its usual targets and what can come of it. Frequent types are
    /// listed more than once.
    /// </summary>
    private static readonly (string Type, string Message, string? Legacy, Targets Targets, Outcomes Outcomes)[]
        Events =
    [
        ("user.session.start", "User login to Okta", "core.user_auth.login_success", Targets.Session,
            Outcomes.Login),
        ("user.session.start", "User login to Okta", "core.user_auth.login_success", Targets.Session,
            Outcomes.Login),
        ("user.authentication.sso", "User single sign on to app", "app.auth.sso", Targets.App, Outcomes.Mostly),
        ("user.authentication.sso", "User single sign on to app", "app.auth.sso", Targets.App, Outcomes.Mostly),
        ("user.authentication.auth_via_mfa", "Authentication of user via MFA", "core.user.factor.attempt_success",
            Targets.Factor, Outcomes.Mfa),
        ("user.authentication.verify", "Verify user identity", null, Targets.Factor, Outcomes.Mfa),
        ("policy.evaluate_sign_on", "Evaluation of sign-on policy", null, Targets.Policy, Outcomes.Policy),
        ("policy.evaluate_sign_on", "Evaluation of sign-on policy", null, Targets.Policy, Outcomes.Policy),
        ("user.mfa.factor.deactivate", "Reset factor for user", "core.user.factor.deactivate", Targets.Factor,
            Outcomes.Mostly),
        ("user.mfa.okta_verify.deny_push", "User rejected Okta push verify", "core.user.factor.attempt_fail",
            Targets.Factor, Outcomes.Failure),
        ("application.user_membership.add", "Add user to application membership",
            "application.user_membership.add", Targets.App, Outcomes.Mostly),
        ("group.user_membership.add", "Add user to group membership", "core.user_group_member.user_add",
            Targets.Group, Outcomes.Mostly),
        ("user.account.lock", "Max sign in attempts exceeded", "core.user_auth.account_locked", Targets.User,
            Outcomes.Failure),
        ("user.account.reset_password", "Fired when the user's Okta password is reset", null, Targets.User,
            Outcomes.Mostly),
        ("user.lifecycle.create", "Create Okta user", "core.user.config.user_creation.success", Targets.User,
            Outcomes.Mostly),
        ("user.lifecycle.deactivate", "Deactivate Okta user", "core.user.config.user_deactivated", Targets.User,
            Outcomes.Mostly),
        ("user.account.privilege.grant", "Grant user privilege", "core.user.admin_privilege.granted",
            Targets.User, Outcomes.Mostly),
        ("system.api_token.create", "Create API token", "api.token.create", Targets.Token, Outcomes.Mostly),
        ("system.idp.lifecycle.update", "Update IdP", null, Targets.Idp, Outcomes.Mostly),
        ("policy.lifecycle.update", "Update policy", "core.policy.lifecycle.update", Targets.PolicyChange,
            Outcomes.Mostly),
        ("user.session.end", "User logout from Okta", "core.user_auth.logout_success", Targets.None,
            Outcomes.Mostly),
        ("security.threat.detected", "Request from suspicious actor", null, Targets.None, Outcomes.Threat),
        ("system.operation.rate_limit.violation", "Operation rate limit violation", null, Targets.User,
            Outcomes.Threat),
    ];

    /// <summary>Which targets an event type names.</summary>
    private enum Targets
    {
        None,
        User,
        Session,
        App,
        Group,
        Factor,
        Policy,
        PolicyChange,
        Token,
        Idp,
    }

    /// <summary>Which results an event type can have.</summary>
    private enum Outcomes
    {
        Mostly,
        Login,
        Mfa,
        Policy,
        Failure,
        Threat,
    }

    /// <inheritdoc />
    public string LogType => OktaLogTypes.SystemLog.Name;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var (type, message, legacy, targets, outcomes) = random.Pick(Events);
        var user = random.Pick(Users);
        var email = $"{user}@{random.Pick(MailDomains)}";
        var time = SampleRandom.Start.AddMilliseconds(index * 1500 + random.Next(1500));
        var ip = random.OneIn(5) ? random.PrivateIpv4() : random.PublicIp();
        var place = random.OneIn(10) ? -1 : random.Next(Places.Length);
        var requestId = random.Alphanumeric(27);
        var job = type is "user.lifecycle.deactivate" or "group.user_membership.add" && random.OneIn(3);

        writer.WriteStartObject();
        WriteActor(writer, random, type, user, email, job);
        WriteClient(writer, random, ip, place, job);
        WriteDevice(writer, random);
        WriteAuthenticationContext(writer, random, type);
        writer.WriteString("displayMessage", message);
        writer.WriteString("eventType", type);
        WriteOutcome(writer, random, outcomes);
        writer.WriteString("published", time.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
        WriteSecurityContext(writer, random);
        writer.WriteString("severity", Severity(outcomes, random));
        WriteDebugContext(writer, random, type, requestId, ip, email);
        WriteNullable(writer, "legacyEventType", legacy);
        WriteTransaction(writer, random, requestId, job);
        writer.WriteString("uuid", random.Guid());
        writer.WriteString("version", "0");
        WriteRequest(writer, random, job ? null : ip, place);
        WriteTargets(writer, random, targets, user, email);
        writer.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter writer, Random random, string type, string user, string email,
        bool job)
    {
        writer.WriteStartObject("actor");
        if (job || type == "security.threat.detected")
        {
            writer.WriteString("id", "0oa1system000OKTA0g4");
            writer.WriteString("type", "SystemPrincipal");
            writer.WriteString("alternateId", "system@okta.com");
            writer.WriteString("displayName", "Okta System");
        }
        else if (type == "system.api_token.create" && random.OneIn(2))
        {
            writer.WriteString("id", "0oa" + random.Alphanumeric(17));
            writer.WriteString("type", "PublicClientApp");
            writer.WriteString("alternateId", "terraform-provisioner");
            writer.WriteString("displayName", "Terraform provisioner");
        }
        else
        {
            writer.WriteString("id", "00u" + random.Alphanumeric(17));
            writer.WriteString("type", "User");
            writer.WriteString("alternateId", email);
            writer.WriteString("displayName", DisplayName(user));
        }

        if (random.OneIn(6))
        {
            writer.WriteStartObject("detailEntry");
            writer.WriteString("methodTypeUsed", "Okta Verify - Push");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("detailEntry");
        }

        writer.WriteEndObject();
    }

    private static void WriteClient(Utf8JsonWriter writer, Random random, string ip, int place, bool job)
    {
        writer.WriteStartObject("client");
        if (job)
        {
            writer.WriteNull("userAgent");
            writer.WriteNull("zone");
            writer.WriteNull("device");
            writer.WriteNull("id");
            writer.WriteNull("ipAddress");
            writer.WriteNull("geographicalContext");
            writer.WriteEndObject();
            return;
        }

        var (raw, os, browser) = random.Pick(Agents);
        writer.WriteStartObject("userAgent");
        writer.WriteString("rawUserAgent", raw);
        writer.WriteString("os", os);
        writer.WriteString("browser", browser);
        writer.WriteEndObject();
        writer.WriteString("zone", random.Next(4) switch
        {
            0 => "Corporate VPN",
            1 => "OFF_NETWORK",
            _ => "null",
        });
        writer.WriteString("device", os is "iOS" or "Android" ? "Mobile" : browser == "UNKNOWN" ? "Unknown"
            : "Computer");
        WriteNullable(writer, "id", random.OneIn(4) ? "0oa" + random.Alphanumeric(17) : null);
        writer.WriteString("ipAddress", ip);
        WriteGeography(writer, place);
        writer.WriteEndObject();
    }

    private static void WriteDevice(Utf8JsonWriter writer, Random random)
    {
        if (!random.OneIn(8))
        {
            writer.WriteNull("device");
            return;
        }

        var mac = random.OneIn(2);
        writer.WriteStartObject("device");
        writer.WriteString("id", "guo" + random.Alphanumeric(17));
        writer.WriteString("name", mac ? "MacBookPro18,3" : "DESKTOP-" + random.Alphanumeric(7).ToUpperInvariant());
        writer.WriteString("os_platform", mac ? "OSX" : "WINDOWS");
        writer.WriteString("os_version", mac ? "15.1.1" : "10.0.22631");
        writer.WriteBoolean("managed", random.OneIn(2));
        writer.WriteBoolean("registered", true);
        writer.WriteNull("device_integrator");
        writer.WriteString("disk_encryption_type", "ALL_INTERNAL_VOLUMES");
        writer.WriteString("screen_lock_type", random.OneIn(2) ? "BIOMETRIC" : "PASSCODE");
        writer.WriteNull("jailbreak");
        writer.WriteBoolean("secure_hardware_present", true);
        writer.WriteEndObject();
    }

    private static void WriteAuthenticationContext(Utf8JsonWriter writer, Random random, string type)
    {
        var federated = type == "user.authentication.sso" && random.OneIn(3);
        writer.WriteStartObject("authenticationContext");
        WriteNullable(writer, "authenticationProvider", type switch
        {
            "user.session.start" => "OKTA_AUTHENTICATION_PROVIDER",
            "user.authentication.auth_via_mfa" or "user.authentication.verify" => "FACTOR_PROVIDER",
            _ => federated ? "FEDERATION" : null,
        });
        WriteNullable(writer, "credentialProvider", type switch
        {
            "user.session.start" => "OKTA_CREDENTIAL_PROVIDER",
            "user.authentication.auth_via_mfa" => random.OneIn(2) ? "OKTA_CREDENTIAL_PROVIDER" : "DUO",
            _ => null,
        });
        WriteNullable(writer, "credentialType", type switch
        {
            "user.session.start" => "PASSWORD",
            "user.authentication.auth_via_mfa" or "user.authentication.verify" => random.OneIn(3) ? "OTP"
                : "OKTA_VERIFY_PUSH",
            _ => federated ? "ASSERTION" : null,
        });
        if (federated)
        {
            writer.WriteStartObject("issuer");
            writer.WriteString("id", "0oa" + random.Alphanumeric(17));
            writer.WriteString("type", "SAML2");
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("issuer");
        }

        writer.WriteNull("interface");
        writer.WriteNumber("authenticationStep", type == "user.authentication.auth_via_mfa" ? 1 : 0);
        writer.WriteString("externalSessionId", random.OneIn(10) ? "unknown" : "idx" + random.Alphanumeric(22));
        if (random.OneIn(3))
        {
            writer.WriteString("rootSessionId", "idx" + random.Alphanumeric(22));
        }

        writer.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter writer, Random random, Outcomes outcomes)
    {
        (string Result, string? Reason) outcome = outcomes switch
        {
            Outcomes.Login => random.Next(6) switch
            {
                0 => ("FAILURE", "INVALID_CREDENTIALS"),
                1 => ("FAILURE", random.OneIn(2) ? "VERIFICATION_ERROR" : "LOCKED_OUT"),
                _ => ("SUCCESS", null),
            },
            Outcomes.Mfa => random.OneIn(5) ? ("FAILURE", "INVALID_CREDENTIALS") : ("SUCCESS", null),
            Outcomes.Policy => random.Next(5) switch
            {
                0 => ("DENY", "Sign-on policy evaluation resulted in DENY"),
                1 => ("CHALLENGE", "Sign-on policy evaluation resulted in CHALLENGE"),
                _ => ("ALLOW", "Sign-on policy evaluation resulted in ALLOW"),
            },
            Outcomes.Failure => ("FAILURE", random.OneIn(2) ? "LOCKED_OUT" : "User rejected Okta push verify"),
            Outcomes.Threat => ("DENY", random.OneIn(2) ? "Request from a known malicious IP" : "Rate limit exceeded"),
            _ => random.OneIn(15) ? ("FAILURE", "Insufficient permissions") : ("SUCCESS", null),
        };

        writer.WriteStartObject("outcome");
        writer.WriteString("result", outcome.Result);
        WriteNullable(writer, "reason", outcome.Reason);
        writer.WriteEndObject();
    }

    private static string Severity(Outcomes outcomes, Random random) => outcomes switch
    {
        Outcomes.Threat => "WARN",
        Outcomes.Failure => random.OneIn(4) ? "ERROR" : "WARN",
        _ => random.OneIn(40) ? "DEBUG" : "INFO",
    };

    private static void WriteSecurityContext(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("securityContext");
        if (random.OneIn(5))
        {
            writer.WriteNull("asNumber");
            writer.WriteNull("asOrg");
            writer.WriteNull("isp");
            writer.WriteNull("domain");
            writer.WriteNull("isProxy");
        }
        else
        {
            var (number, org, isp, domain) = random.Pick(Networks);
            writer.WriteNumber("asNumber", number);
            writer.WriteString("asOrg", org);
            writer.WriteString("isp", isp);
            writer.WriteString("domain", domain);
            writer.WriteBoolean("isProxy", random.OneIn(12));
        }

        writer.WriteEndObject();
    }

    private static void WriteTransaction(Utf8JsonWriter writer, Random random, string requestId, bool job)
    {
        writer.WriteStartObject("transaction");
        writer.WriteString("type", job ? "JOB" : "WEB");
        writer.WriteString("id", job ? "ujo" + random.Alphanumeric(17) : requestId);
        writer.WriteStartObject("detail");
        if (job)
        {
            writer.WriteString("jobType", "com.okta.user.lifecycle.UserDeactivationJob");
            writer.WriteNumber("jobRescheduleCount", random.Next(3));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Writes the request's address chain: empty for background jobs, which have no client.</summary>
    private static void WriteRequest(Utf8JsonWriter writer, Random random, string? ip, int place)
    {
        writer.WriteStartObject("request");
        writer.WriteStartArray("ipChain");
        if (ip is not null)
        {
            WriteHop(writer, ip, random.OneIn(3) ? -1 : place);
            if (random.OneIn(4))
            {
                WriteHop(writer, random.PublicIpv4(), -1);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteHop(Utf8JsonWriter writer, string ip, int place)
    {
        writer.WriteStartObject();
        writer.WriteString("ip", ip);
        WriteGeography(writer, place);
        writer.WriteString("version", ip.Contains(':', StringComparison.Ordinal) ? "V6" : "V4");
        writer.WriteNull("source");
        writer.WriteEndObject();
    }

    private static void WriteGeography(Utf8JsonWriter writer, int place)
    {
        if (place < 0)
        {
            writer.WriteNull("geographicalContext");
            return;
        }

        var (city, state, country, postal, lat, lon) = Places[place];
        writer.WriteStartObject("geographicalContext");
        writer.WriteString("city", city);
        WriteNullable(writer, "state", state);
        writer.WriteString("country", country);
        WriteNullable(writer, "postalCode", postal);
        writer.WriteStartObject("geolocation");
        writer.WriteNumber("lat", lat);
        writer.WriteNumber("lon", lon);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string DisplayName(string user) =>
        string.Join(' ', user.Split('.').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
