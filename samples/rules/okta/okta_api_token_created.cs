namespace Panther.Samples.Rules.Okta;

/// <summary>A successful <c>system.api_token.create</c>.</summary>
public sealed class ApiTokenCreated : IRule
{
    public bool Matches(RuleEvent evt) =>
        evt["eventType"].ValueEquals("system.api_token.create"u8)
        && evt.Get("outcome", "result").ValueEquals("SUCCESS"u8);

    public string? Title(RuleEvent evt) =>
        $"{Actor(evt)} created the Okta API token '{TokenName(evt)}'";

    public string? Dedup(RuleEvent evt) => $"{Actor(evt)}:{TokenName(evt)}";

    public JsonObject? AlertContext(RuleEvent evt) => new()
    {
        ["actor"] = Actor(evt),
        ["token"] = TokenName(evt),
        ["tokenId"] = evt["target"][0]["id"].GetString(),
        ["ip"] = evt.Get("client", "ipAddress").GetString(),
        ["userAgent"] = evt.Get("client", "userAgent", "rawUserAgent").GetString(),
    };

    private static string Actor(RuleEvent evt) =>
        evt.Get("actor", "alternateId").GetString() ?? "someone";

    private static string TokenName(RuleEvent evt)
    {
        var targets = evt["target"];
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i]["type"].ValueEquals("Token"u8))
            {
                return targets[i]["displayName"].GetString() ?? "unnamed";
            }
        }

        return "unnamed";
    }
}
