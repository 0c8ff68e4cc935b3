using System.Text.Json.Nodes;
using Panther.Rules.Evaluation;

namespace Panther.Rules.Tests.Evaluation;

public sealed class RuleEvaluatorTests
{
    private const string Login = """
        {"eventName":"ConsoleLogin","sourceIPAddress":"198.51.100.7","userIdentity":{"userName":"alice"}}
        """;

    [Fact]
    public void A_rule_that_does_not_match_gives_no_result()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.EventNameRule("CreateUser"));

        Assert.Null(RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login)));
    }

    [Fact]
    public void Missing_functions_fall_back_to_the_spec()
    {
        var rule = new RuleDefinition(TestRules.Spec() with { DisplayName = "Console login" },
            new TestRules.EventNameRule("ConsoleLogin"));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login))!;

        Assert.False(result.IsError);
        Assert.Equal("Console login", result.Title);
        Assert.Equal("Console login", result.DedupKey);
        Assert.Equal(Severity.Medium, result.Severity);
        Assert.Equal("spec description", result.Description);
        Assert.Null(result.AlertContextJson);
        Assert.Null(result.Destinations);
    }

    [Fact]
    public void The_title_falls_back_to_the_rule_id_without_a_display_name()
    {
        var rule = new RuleDefinition(TestRules.Spec("My.Rule"), new TestRules.EventNameRule("ConsoleLogin"));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login))!;

        Assert.Equal("My.Rule", result.Title);
        Assert.Equal("My.Rule", result.DedupKey);
    }

    [Fact]
    public void Functions_describe_the_alert_from_the_event()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.DescribingRule());

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""
            {"eventName":"ConsoleLogin","errorCode":"Failed","sourceIPAddress":"198.51.100.7",
             "userIdentity":{"userName":"alice"}}
            """))!;

        Assert.Equal("ConsoleLogin by alice", result.Title);
        Assert.Equal("alice", result.DedupKey);
        Assert.Equal(Severity.High, result.Severity);
        Assert.Equal("198.51.100.7", JsonNode.Parse(result.AlertContextJson!)!["ip"]!.GetValue<string>());
    }

    [Fact]
    public void An_empty_dedup_string_falls_back_to_the_title()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.DescribingRule());

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""{"eventName":"X"}"""))!;

        Assert.Equal("X by ", result.Title);
        Assert.Equal("X by ", result.DedupKey);
    }

    [Fact]
    public void An_empty_destinations_list_is_kept_to_suppress_delivery()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.DescribingRule());

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""{"eventName":"X","quiet":1}"""))!;

        Assert.NotNull(result.Destinations);
        Assert.Empty(result.Destinations);
    }

    [Theory]
    [InlineData("rule", "boom in rule")]
    [InlineData("title", "boom in title")]
    public void An_exception_in_any_function_is_a_rule_error_naming_the_function(string function, string message)
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.ThrowingRule(function));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login))!;

        Assert.True(result.IsError);
        Assert.Equal(function, result.Error!.Function);
        Assert.Equal(message, result.Error.Message);
        Assert.Equal("InvalidOperationException", result.Error.ErrorType);
        Assert.Contains("Test.Rule", result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_dedup_strings_are_cut_at_1000_characters()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new LongDedupRule());

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login))!;

        Assert.Equal(1000, result.DedupKey.Length);
    }

    [Fact]
    public void An_alert_context_over_200_KiB_is_replaced_by_a_note()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new HugeContextRule());

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login))!;

        Assert.False(result.IsError);
        Assert.Contains("larger than 200 KiB", JsonNode.Parse(result.AlertContextJson!)!["_error"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_filters_run_before_the_body()
    {
        var rule = new RuleDefinition(TestRules.Spec(), new TestRules.DescribingRule())
        {
            Filter = new TestRules.EventNameRule("CreateUser"),
        };

        Assert.Null(RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Login)));
        Assert.NotNull(RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""{"eventName":"CreateUser"}""")));
    }

    private sealed class LongDedupRule : IRule
    {
        public bool Matches(RuleEvent evt) => true;

        public string? Dedup(RuleEvent evt) => new('x', 5000);
    }

    private sealed class HugeContextRule : IRule
    {
        public bool Matches(RuleEvent evt) => true;

        public JsonObject? AlertContext(RuleEvent evt) => new() { ["blob"] = new string('y', 300 * 1024) };
    }
}
