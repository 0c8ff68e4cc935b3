namespace Panther.Samples.Rules.Aws;

/// <summary>CreateAccessKey where the target user is not the caller.</summary>
public sealed class AccessKeyCreatedForOtherUser : IRule
{
    private static readonly EventPath TargetUser = EventPath.Parse("requestParameters.userName");

    public bool Matches(RuleEvent evt)
    {
        if (!evt["eventSource"].ValueEquals("iam.amazonaws.com"u8)
            || !evt["eventName"].ValueEquals("CreateAccessKey"u8)
            || evt["errorCode"].Exists)
        {
            return false;
        }

        var target = TargetUser.Find(evt);
        if (target.Kind != System.Text.Json.JsonValueKind.String)
        {
            return false;
        }

        var caller = evt.Get("userIdentity", "userName");
        return !caller.Exists || !target.ValueEquals(caller.GetString()!);
    }

    public string? Title(RuleEvent evt) =>
        $"{Caller(evt)} created an access key for IAM user {TargetUser.Find(evt).GetString()}";

    public string? Dedup(RuleEvent evt) =>
        $"{evt.Get("userIdentity", "arn").GetString()}:{TargetUser.Find(evt).GetString()}";

    public JsonObject? AlertContext(RuleEvent evt) => new()
    {
        ["caller"] = evt.Get("userIdentity", "arn").GetString(),
        ["targetUser"] = TargetUser.Find(evt).GetString(),
        ["accessKeyId"] = evt.Get("responseElements", "accessKey", "accessKeyId").GetString(),
        ["sourceIPAddress"] = evt["sourceIPAddress"].GetString(),
    };

    private static string Caller(RuleEvent evt) =>
        evt.Get("userIdentity", "arn").GetString() ?? "an unknown principal";
}
