using System.Text.Json.Nodes;
using Jint.Runtime;

namespace Panther.Rules.JavaScript.Tests;

public class RuleFunctionTests
{
    private const string AllFunctions = """
        function rule(event) { return event.match === true; }
        function title(event) { return `Title for ${event.user}`; }
        function dedup(event) { return `dedup-${event.user}`; }
        function severity(event) { return 'high'; }
        function alert_context(event) { return { user: event.user, tags: ['a', 'b'], nested: { n: 1 } }; }
        function description(event) { return 'custom description'; }
        function runbook(event) { return 'custom runbook'; }
        function reference(event) { return 'https://example.test/ref'; }
        function destinations(event) { return ['slack', 'pager']; }
        """;

    [Fact]
    public void Rule_returning_false_gives_no_result()
    {
        var rule = RuleScripts.Load(AllFunctions);

        Assert.Null(RuleScripts.Run(rule, """{"match":false}"""));
    }

    [Fact]
    public void Every_function_describes_the_alert_of_a_match()
    {
        var rule = RuleScripts.Load(AllFunctions);

        var result = RuleScripts.Run(rule, """{"match":true,"user":"alice"}""");

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal("Title for alice", result.Title);
        Assert.Equal("dedup-alice", result.DedupKey);
        Assert.Equal(Severity.High, result.Severity);
        var context = JsonNode.Parse(result.AlertContextJson!)!.AsObject();
        Assert.Equal("alice", (string?)context["user"]);
        Assert.Equal(2, context["tags"]!.AsArray().Count);
        Assert.Equal(1, (int?)context["nested"]!["n"]);
        Assert.Equal("custom description", result.Description);
        Assert.Equal("custom runbook", result.Runbook);
        Assert.Equal("https://example.test/ref", result.Reference);
        Assert.Equal(["slack", "pager"], result.Destinations);
    }

    [Fact]
    public void Missing_functions_fall_back_to_the_spec()
    {
        var rule = RuleScripts.Load("function rule(event) { return true; }");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal("Test rule", result.Title);
        Assert.Equal("Test rule", result.DedupKey);
        Assert.Equal(Severity.Low, result.Severity);
        Assert.Null(result.AlertContextJson);
        Assert.Equal("spec description", result.Description);
        Assert.Equal("spec runbook", result.Runbook);
        Assert.Equal("spec reference", result.Reference);
        Assert.Null(result.Destinations);
    }

    [Fact]
    public void Functions_returning_null_or_undefined_fall_back_to_the_spec()
    {
        var rule = RuleScripts.Load("""
            function rule(event) { return true; }
            function title(event) { return null; }
            function dedup(event) { return undefined; }
            function severity(event) { return null; }
            function alert_context(event) { return null; }
            function description(event) { return undefined; }
            function destinations(event) { return null; }
            """);

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal("Test rule", result.Title);
        Assert.Equal(Severity.Low, result.Severity);
        Assert.Null(result.AlertContextJson);
        Assert.Equal("spec description", result.Description);
        Assert.Null(result.Destinations);
    }

    [Theory]
    [InlineData("'INFO'", Severity.Info)]
    [InlineData("'Low'", Severity.Low)]
    [InlineData("'medium'", Severity.Medium)]
    [InlineData("'CRITICAL'", Severity.Critical)]
    [InlineData("'DEFAULT'", Severity.Low)]
    [InlineData("'default'", Severity.Low)]
    public void Severity_accepts_level_names_in_any_case_and_default(string returned, Severity expected)
    {
        var rule = RuleScripts.Load(
            $"function rule(e) {{ return true; }} function severity(e) {{ return {returned}; }}");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal(expected, result.Severity);
    }

    [Fact]
    public void An_empty_destinations_array_suppresses_the_alert()
    {
        var rule = RuleScripts.Load("function rule(e) { return true; } function destinations(e) { return []; }");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.NotNull(result.Destinations);
        Assert.Empty(result.Destinations);
    }

    [Theory]
    [InlineData("rule", "'yes'", "rule returned a string, not a boolean")]
    [InlineData("rule", "1", "rule returned a number, not a boolean")]
    [InlineData("rule", "undefined", "rule returned undefined, not a boolean")]
    [InlineData("title", "42", "title returned a number, not a string")]
    [InlineData("dedup", "{}", "dedup returned an object, not a string")]
    [InlineData("description", "['x']", "description returned an array, not a string")]
    [InlineData("severity", "'URGENT'",
        "severity returned \"URGENT\", not INFO, LOW, MEDIUM, HIGH, CRITICAL or DEFAULT")]
    [InlineData("severity", "3", "severity returned a number, not a string")]
    [InlineData("alert_context", "'text'", "alert_context returned a string, not an object")]
    [InlineData("alert_context", "[1, 2]", "alert_context returned an array, not an object")]
    [InlineData("destinations", "'slack'", "destinations returned a string, not an array of strings")]
    [InlineData("destinations", "['slack', 7]", "destinations returned an array holding a number, not only strings")]
    public void A_wrong_return_type_is_a_rule_error(string function, string returned, string message)
    {
        var body = function == "rule" ? "" : "function rule(e) { return true; }";
        var rule = RuleScripts.Load($"{body} function {function}(e) {{ return {returned}; }}");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal(function, result.Error!.Function);
        Assert.Equal("RuleFunctionError", result.Error.ErrorType);
        Assert.Equal(message, result.Error.Message);
    }

    [Fact]
    public void A_script_that_throws_gives_a_rule_error_with_its_message()
    {
        var rule = RuleScripts.Load("""
            function rule(e) { return true; }
            function title(e) { throw new Error('no title for you'); }
            """);

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("title", result.Error!.Function);
        Assert.Equal(nameof(JavaScriptException), result.Error.ErrorType);
        Assert.Contains("no title for you", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_error_in_the_script_gives_a_rule_error()
    {
        var rule = RuleScripts.Load("function rule(e) { return e.missing.deeper === 1; }");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("rule", result.Error!.Function);
    }

    [Fact]
    public void The_rule_works_again_after_a_script_error()
    {
        var rule = RuleScripts.Load("function rule(e) { if (e.boom) { throw new Error('boom'); } return e.ok; }");

        Assert.True(RuleScripts.Run(rule, """{"boom":true}""")!.IsError);
        Assert.False(RuleScripts.Run(rule, """{"ok":true}""")!.IsError);
        Assert.Null(RuleScripts.Run(rule, """{"ok":false}"""));
    }

    [Fact]
    public void Alert_context_may_include_values_from_the_event()
    {
        var rule = RuleScripts.Load("""
            function rule(e) { return true; }
            function alert_context(e) { return { identity: e.userIdentity, ips: e.ips }; }
            """);

        var result = RuleScripts.Run(rule, """{"userIdentity":{"arn":"arn:x","type":"IAMUser"},"ips":["1.2.3.4"]}""");

        var context = JsonNode.Parse(result!.AlertContextJson!)!;
        Assert.Equal("arn:x", (string?)context["identity"]!["arn"]);
        Assert.Equal("1.2.3.4", (string?)context["ips"]![0]);
    }
}
