using Panther.Rules.Evaluation;

namespace Panther.Rules.CSharp.Tests;

public sealed class CSharpRuleRuntimeEvaluationTests : IDisposable
{
    private const string ConsoleLoginRule = """
        public sealed class ConsoleLoginWithoutMfa : IRule
        {
            public bool Matches(RuleEvent evt) =>
                evt["eventName"].ValueEquals("ConsoleLogin")
                && !evt.Get("additionalEventData", "MFAUsed").ValueEquals("Yes"u8);

            public string? Title(RuleEvent evt) => $"Console login without MFA by {evt["userName"].GetString()}";

            public string? Dedup(RuleEvent evt) => evt["userName"].GetString();

            public Panther.Rules.Severity? Severity(RuleEvent evt) =>
                evt["userName"].ValueEquals("root") ? Panther.Rules.Severity.Critical : Panther.Rules.Severity.High;

            public JsonObject? AlertContext(RuleEvent evt) => new()
            {
                ["user"] = evt["userName"].GetString(),
                ["ip"] = evt["sourceIPAddress"].GetString(),
            };
        }
        """;

    private const string LoginEvent = """
        {"eventName":"ConsoleLogin","userName":"alice","sourceIPAddress":"203.0.113.7",
         "additionalEventData":{"MFAUsed":"No"}}
        """;

    private readonly RuleFolder _folder = new();
    private readonly CSharpRuleRuntime _runtime = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Console_login_rule_fills_title_dedup_severity_and_alert_context()
    {
        var spec = _folder.Write("console_login.cs", ConsoleLoginRule);
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(LoginEvent));

        Assert.NotNull(result);
        Assert.False(result.IsError, result.Error?.ToString());
        Assert.Equal("Console login without MFA by alice", result.Title);
        Assert.Equal("alice", result.DedupKey);
        Assert.Equal(Severity.High, result.Severity);
        Assert.Equal("""{"user":"alice","ip":"203.0.113.7"}""", result.AlertContextJson);
        Assert.Equal("From the spec.", result.Description);
    }

    [Fact]
    public void Console_login_rule_ignores_other_events_and_logins_with_mfa()
    {
        var spec = _folder.Write("console_login.cs", ConsoleLoginRule);
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var other = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""{"eventName":"GetObject"}"""));
        var withMfa = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(
            """{"eventName":"ConsoleLogin","additionalEventData":{"MFAUsed":"Yes"}}"""));

        Assert.Null(other);
        Assert.Null(withMfa);
    }

    [Fact]
    public void Rule_that_overrides_only_Matches_takes_the_spec_fallbacks()
    {
        var spec = _folder.Write(
            "always.cs",
            "public sealed class Always : IRule { public bool Matches(RuleEvent evt) => true; }",
            displayName: "Always matches");
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("{}"));

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal("Always matches", result.Title);
        Assert.Equal("Always matches", result.DedupKey);
        Assert.Equal(Severity.Medium, result.Severity);
        Assert.Null(result.AlertContextJson);
        Assert.Equal("From the spec.", result.Description);
        Assert.Equal("Spec runbook.", result.Runbook);
        Assert.Null(result.Destinations);
    }

    [Fact]
    public void Rule_without_display_name_or_title_is_titled_with_its_id()
    {
        var spec = _folder.Write(
            "always.cs", "public sealed class Always : IRule { public bool Matches(RuleEvent evt) => true; }");
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("{}"));

        Assert.Equal("Test.Rule", result?.Title);
    }

    [Fact]
    public void Exception_inside_Matches_becomes_an_error_result()
    {
        var spec = _folder.Write("throws.cs", """
            public sealed class Throws : IRule
            {
                public bool Matches(RuleEvent evt) => throw new InvalidOperationException("no luck");
            }
            """);
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("{}"));

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("rule", result.Error!.Function);
        Assert.Equal("InvalidOperationException", result.Error.ErrorType);
        Assert.Equal("no luck", result.Error.Message);
    }

    [Fact]
    public void Rule_file_may_hold_helpers_and_an_abstract_base_beside_the_rule()
    {
        var spec = _folder.Write("helpers.cs", """
            namespace My.Rules;

            public abstract class EventNameRule(string name) : IRule
            {
                public bool Matches(RuleEvent evt) => evt["eventName"].ValueEquals(name);
            }

            public sealed class DeleteTrail() : EventNameRule("DeleteTrail"), IRule
            {
                public string? Title(RuleEvent evt) => Names.Describe(evt);
            }

            internal static class Names
            {
                public static string Describe(RuleEvent evt) => "Trail deleted: " + evt["trail"].GetString();
            }
            """);
        var rule = new RuleDefinition(spec, _runtime.Load(spec));

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson("""{"eventName":"DeleteTrail","trail":"t1"}"""));

        Assert.Equal("Trail deleted: t1", result?.Title);
    }
}
