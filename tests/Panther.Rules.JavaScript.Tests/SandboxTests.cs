using System.Diagnostics;

namespace Panther.Rules.JavaScript.Tests;

public class SandboxTests
{
    [Theory]
    [InlineData("while (true) {}", "ran more than 50,000 statements")]
    [InlineData("function f(n) { return f(n + 1) + 1; } return f(0) > 0;", "recursed deeper than 50 calls")]
    public void A_rule_breaching_a_limit_is_stopped_and_works_on_the_next_call(string body, string message)
    {
        var rule = RuleScripts.Load(
            $"function rule(e) {{ if (e.misbehave) {{ {body} }} return e.ok === true; }}", RuleScripts.SmallLimits);
        var watch = Stopwatch.StartNew();

        var result = RuleScripts.Run(rule, """{"misbehave":true}""");

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("rule", result.Error!.Function);
        Assert.Equal("RuleFunctionError", result.Error.ErrorType);
        Assert.Contains(message, result.Error.Message, StringComparison.Ordinal);
        Assert.NotNull(RuleScripts.Run(rule, """{"ok":true}"""));
        Assert.Null(RuleScripts.Run(rule, """{"ok":false}"""));
    }

    [Theory]
    [InlineData("let s = 'x'; while (true) { s = s + s + 'y'; }")]
    [InlineData("const a = []; while (true) { a.push(new Array(1000).fill('z')); }")]
    [InlineData("const a = []; while (true) { a.push({ text: 'x'.repeat(1000) }); }")]
    public void A_rule_allocating_without_end_is_stopped_by_the_memory_limit(string body)
    {
        var rule = RuleScripts.Load($"function rule(e) {{ if (e.misbehave) {{ {body} }} return true; }}", options =>
        {
            options.MaxStatements = 100_000_000;
            options.Timeout = TimeSpan.FromSeconds(5);
            options.MemoryLimitBytes = 8 * 1024 * 1024;
        });
        var watch = Stopwatch.StartNew();

        var result = RuleScripts.Run(rule, """{"misbehave":true}""");

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.True(result!.IsError);
        Assert.Equal("rule allocated more than 8,388,608 bytes", result.Error!.Message);
        Assert.False(RuleScripts.Run(rule)!.IsError);
    }

    [Fact]
    public void A_slow_rule_is_stopped_by_the_timeout()
    {
        var rule = RuleScripts.Load("""
            function rule(e) {
              if (e.misbehave) { let x = 0; while (true) { x = Math.sqrt(x + 1); } }
              return true;
            }
            """, options =>
        {
            options.MaxStatements = 100_000_000;
            options.Timeout = TimeSpan.FromMilliseconds(200);
        });
        var watch = Stopwatch.StartNew();

        var result = RuleScripts.Run(rule, """{"misbehave":true}""");

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.True(result!.IsError);
        Assert.Equal("rule ran longer than 200 ms", result.Error!.Message);
        Assert.False(RuleScripts.Run(rule)!.IsError);
    }

    [Fact]
    public void A_catastrophic_regular_expression_is_stopped_by_the_regex_timeout()
    {
        var rule = RuleScripts.Load("""
            function rule(e) { return /(a+)+$/.test(e.text); }
            """, RuleScripts.SmallLimits);
        var text = new string('a', 5_000) + "b";
        var watch = Stopwatch.StartNew();

        var result = RuleScripts.Run(rule, $$"""{"text":"{{text}}"}""");

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("rule ran a regular expression longer than 50 ms", result.Error!.Message);
        Assert.Null(RuleScripts.Run(rule, """{"text":"bbb"}"""));
        Assert.False(RuleScripts.Run(rule, """{"text":"aaa"}""")!.IsError);
    }

    [Fact]
    public void A_limit_in_a_later_function_is_a_rule_error_of_that_function()
    {
        var rule = RuleScripts.Load("""
            function rule(e) { return true; }
            function title(e) { for (;;) {} }
            """, RuleScripts.SmallLimits);

        var result = RuleScripts.Run(rule);

        Assert.True(result!.IsError);
        Assert.Equal("title", result.Error!.Function);
        Assert.Equal("title ran more than 50,000 statements", result.Error.Message);
    }

    [Fact]
    public void Each_call_gets_the_full_statement_budget_again()
    {
        var rule = RuleScripts.Load(
            "function rule(e) { let n = 0; for (let i = 0; i < 10000; i++) { n++; } return n === 10000; }",
            RuleScripts.SmallLimits);

        for (var i = 0; i < 20; i++)
        {
            var result = RuleScripts.Run(rule);
            Assert.NotNull(result);
            Assert.False(result.IsError);
        }
    }

    [Theory]
    [InlineData("System.IO.File.Exists('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("require('fs')")]
    [InlineData("eval('1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("Function('return this')()")]
    [InlineData("(function () {}).constructor('return 1')()")]
    public void Scripts_cannot_reach_dotnet_or_compile_strings(string expression)
    {
        var rule = RuleScripts.Load($"function rule(e) {{ return ({expression}) !== undefined; }}");

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("rule", result.Error!.Function);
    }

    [Fact]
    public void Clr_names_are_not_defined()
    {
        var rule = RuleScripts.Load("""
            function rule(e) {
              return typeof System === 'undefined' && typeof importNamespace === 'undefined'
                && typeof require === 'undefined' && typeof clrHelper === 'undefined';
            }
            """);

        var result = RuleScripts.Run(rule);

        Assert.NotNull(result);
        Assert.False(result.IsError);
    }

    [Fact]
    public void Scripts_run_in_strict_mode()
    {
        var rule = RuleScripts.Load("function rule(e) { undeclared = 1; return true; }");

        var result = RuleScripts.Run(rule);

        Assert.True(result!.IsError);
        Assert.Contains("undeclared", result.Error!.Message, StringComparison.Ordinal);
    }
}
