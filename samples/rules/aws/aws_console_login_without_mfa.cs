namespace Panther.Samples.Rules.Aws;

/// <summary>A successful console sign-in by an IAM user that did not use MFA.</summary>
public sealed class ConsoleLoginWithoutMfa : IRule
{
    public bool Matches(RuleEvent evt) =>
        evt["eventName"].ValueEquals("ConsoleLogin"u8)
        && evt.Get("userIdentity", "type").ValueEquals("IAMUser"u8)
        && evt.Get("responseElements", "ConsoleLogin").ValueEquals("Success"u8)
        && !evt.Get("additionalEventData", "MFAUsed").ValueEquals("Yes"u8)
        && !evt.Get("additionalEventData", "SamlProviderArn").Exists;

    public string? Title(RuleEvent evt) =>
        $"{UserName(evt)} signed in to the AWS console without MFA from {evt["sourceIPAddress"].GetString()}";

    public string? Dedup(RuleEvent evt) => evt.Get("userIdentity", "arn").GetString();

    public JsonObject? AlertContext(RuleEvent evt) => new()
    {
        ["userArn"] = evt.Get("userIdentity", "arn").GetString(),
        ["sourceIPAddress"] = evt["sourceIPAddress"].GetString(),
        ["userAgent"] = evt["userAgent"].GetString(),
        ["account"] = evt["recipientAccountId"].GetString(),
    };

    private static string UserName(RuleEvent evt) =>
        evt.Get("userIdentity", "userName").GetString()
        ?? evt.Get("userIdentity", "arn").GetString()
        ?? "an IAM user";
}
