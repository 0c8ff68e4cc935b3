using Panther.Rules.Evaluation;

namespace Panther.Rules.Tests.Evaluation;

public sealed class RuleSetTests
{
    [Fact]
    public void Only_enabled_rules_of_the_event_log_type_run()
    {
        var okta = TestRules.Spec("Okta.Rule") with { LogTypes = ["Okta.SystemLog"] };
        var disabled = TestRules.Spec("Disabled.Rule") with { Enabled = false };
        var set = new RuleSet(
        [
            new RuleDefinition(TestRules.Spec("CloudTrail.Rule"), new TestRules.EventNameRule("ConsoleLogin")),
            new RuleDefinition(okta, new TestRules.EventNameRule("ConsoleLogin")),
            new RuleDefinition(disabled, new TestRules.EventNameRule("ConsoleLogin")),
        ]);
        var results = new List<RuleResult>();

        var added = set.Evaluate(RuleEvent.FromJson("""{"eventName":"ConsoleLogin"}""", "AWS.CloudTrail"), results);

        Assert.Equal(1, added);
        Assert.Equal("CloudTrail.Rule", Assert.Single(results).Rule.Id);
        Assert.Equal(3, set.Rules.Count);
    }

    [Fact]
    public void A_failing_rule_does_not_stop_the_others()
    {
        var set = new RuleSet(
        [
            new RuleDefinition(TestRules.Spec("Broken"), new TestRules.ThrowingRule("rule")),
            new RuleDefinition(TestRules.Spec("Working"), new TestRules.EventNameRule("ConsoleLogin")),
        ]);
        var results = new List<RuleResult>();

        set.Evaluate(RuleEvent.FromJson("""{"eventName":"ConsoleLogin"}""", "AWS.CloudTrail"), results);

        Assert.Equal(2, results.Count);
        Assert.True(results.Single(r => r.Rule.Id == "Broken").IsError);
        Assert.False(results.Single(r => r.Rule.Id == "Working").IsError);
    }

    [Fact]
    public void Duplicate_rule_ids_are_rejected()
    {
        var rule = new RuleDefinition(TestRules.Spec("Same"), new TestRules.EventNameRule("x"));

        var error = Assert.Throws<ArgumentException>(() => new RuleSet([rule, rule with { }]));

        Assert.Contains("Same", error.Message, StringComparison.Ordinal);
    }
}
