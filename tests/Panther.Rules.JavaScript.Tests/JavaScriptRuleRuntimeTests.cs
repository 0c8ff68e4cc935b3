using Microsoft.Extensions.DependencyInjection;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.JavaScript.Tests;

public class JavaScriptRuleRuntimeTests
{
    private readonly JavaScriptRuleRuntime _runtime = new();

    [Theory]
    [InlineData("rule.js", true)]
    [InlineData("RULE.JS", true)]
    [InlineData("rule.Js", true)]
    [InlineData("rule.py", false)]
    [InlineData("rule.json", false)]
    [InlineData("rule.cs", false)]
    public void Can_load_files_ending_in_js_in_any_case(string filename, bool expected)
    {
        var spec = new RuleSpec { Id = "R", Filename = filename, SourcePath = "/rules/r.yml" };

        Assert.Equal(expected, _runtime.CanLoad(spec));
    }

    [Fact]
    public void Cannot_load_a_spec_without_a_body_file()
    {
        Assert.False(_runtime.CanLoad(new RuleSpec { Id = "R" }));
        Assert.Equal("javascript", _runtime.Name);
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column()
    {
        var spec = RuleScripts.Spec("function rule(event) {\n  return event.a ==== 1;\n}\n");

        var ex = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_without_a_rule_function_is_refused()
    {
        var spec = RuleScripts.Spec("function title(event) { return 'x'; }");

        var ex = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, ex.Message, StringComparison.Ordinal);
        Assert.Contains("rule", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_is_not_a_function_is_refused()
    {
        var spec = RuleScripts.Spec("const rule = true;");

        Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));
    }

    [Fact]
    public void Functions_may_be_declared_as_constants()
    {
        var rule = RuleScripts.Load("""
            const rule = (event) => event.x === 1;
            let title = function (event) { return 'from a let'; };
            """);

        Assert.Equal("from a let", RuleScripts.Run(rule, """{"x":1}""")!.Title);
    }

    [Fact]
    public void A_missing_file_is_a_load_error()
    {
        var spec = new RuleSpec { Id = "R", Filename = "does-not-exist.js", SourcePath = "/nonexistent/r.yml" };

        var ex = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains("does-not-exist.js", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_that_throws_is_a_load_error()
    {
        var spec = RuleScripts.Spec("throw new Error('bad setup'); function rule(e) { return true; }");

        var ex = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains("bad setup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_that_never_ends_is_a_load_error()
    {
        var runtime = new JavaScriptRuleRuntime(new JavaScriptRuleOptions { MaxStatements = 10_000 });
        var spec = RuleScripts.Spec("while (true) {} function rule(e) { return true; }");

        var ex = Assert.Throws<RuleLoadException>(() => runtime.Load(spec));

        Assert.Contains("10,000 statements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_level_code_runs_once_per_engine_and_may_define_constants()
    {
        var rule = RuleScripts.Load("""
            const SUSPICIOUS = new Set(['CreateUser', 'DeleteTrail']);
            function rule(event) { return SUSPICIOUS.has(event.eventName); }
            """);

        Assert.NotNull(RuleScripts.Run(rule, """{"eventName":"DeleteTrail"}"""));
        Assert.Null(RuleScripts.Run(rule, """{"eventName":"ListUsers"}"""));
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new JavaScriptRuleRuntime(new JavaScriptRuleOptions { MaxStatements = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new JavaScriptRuleRuntime(new JavaScriptRuleOptions { Timeout = TimeSpan.Zero }));
    }

    [Fact]
    public void The_default_options_are_safe()
    {
        var options = new JavaScriptRuleOptions();

        Assert.Equal(1_000_000, options.MaxStatements);
        Assert.Equal(TimeSpan.FromSeconds(1), options.Timeout);
        Assert.Equal(64L * 1024 * 1024, options.MemoryLimitBytes);
        Assert.Equal(200, options.MaxRecursionDepth);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.RegexTimeout);
    }

    [Fact]
    public void Dependency_injection_registers_the_runtime_once_with_its_options()
    {
        var services = new ServiceCollection();
        services.AddJavaScriptRules(options => options.MaxStatements = 10_000);
        services.AddJavaScriptRules();

        using var provider = services.BuildServiceProvider();
        var runtime = Assert.Single(provider.GetServices<IRuleRuntime>());

        Assert.IsType<JavaScriptRuleRuntime>(runtime);
        var spec = RuleScripts.Spec("while (true) {} function rule(e) { return true; }");
        var ex = Assert.Throws<RuleLoadException>(() => runtime.Load(spec));
        Assert.Contains("10,000 statements", ex.Message, StringComparison.Ordinal);
    }
}
