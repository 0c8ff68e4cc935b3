using Panther.Rules.Specs;

namespace Panther.Rules.Tests;

/// <summary>Small rule bodies and specs shared by the tests.</summary>
internal static class TestRules
{
    public static RuleSpec Spec(string id = "Test.Rule", int threshold = 1, int dedupMinutes = 60) => new()
    {
        Id = id,
        LogTypes = ["AWS.CloudTrail"],
        Severity = Severity.Medium,
        Threshold = threshold,
        DedupPeriod = TimeSpan.FromMinutes(dedupMinutes),
        Tags = ["test"],
        Description = "spec description",
    };

    /// <summary>Matches events whose eventName is the given value; other functions take their fallbacks.</summary>
    public sealed class EventNameRule(string eventName) : IRule
    {
        public bool Matches(RuleEvent evt) => evt["eventName"].ValueEquals(eventName);
    }

    /// <summary>Matches everything and describes the alert from the event.</summary>
    public sealed class DescribingRule : IRule
    {
        public bool Matches(RuleEvent evt) => true;

        public string? Title(RuleEvent evt) => $"{evt["eventName"]} by {evt.Get("userIdentity", "userName")}";

        public string? Dedup(RuleEvent evt) => evt.Get("userIdentity", "userName").GetString();

        public Severity? Severity(RuleEvent evt) => evt["errorCode"].Exists ? Rules.Severity.High : null;

        public System.Text.Json.Nodes.JsonObject? AlertContext(RuleEvent evt) =>
            new() { ["ip"] = evt["sourceIPAddress"].GetString() };

        public IReadOnlyList<string>? Destinations(RuleEvent evt) => evt["quiet"].Exists ? [] : null;
    }

    /// <summary>Throws from the named function.</summary>
    public sealed class ThrowingRule(string function) : IRule
    {
        public bool Matches(RuleEvent evt) =>
            function == "rule" ? throw new InvalidOperationException("boom in rule") : true;

        public string? Title(RuleEvent evt) =>
            function == "title" ? throw new InvalidOperationException("boom in title") : null;
    }
}
