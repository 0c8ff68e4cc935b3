using Panther.Rules.Evaluation;
using Panther.Rules.Specs;

namespace Panther.Rules.JavaScript.Tests;

/// <summary>Writes rule scripts to a temporary folder and loads them the way the rule loader does.</summary>
internal static class RuleScripts
{
    private static readonly string Folder = Directory.CreateTempSubdirectory("panther-js-rules-").FullName;

    public static RuleSpec Spec(string script, string id = "Test.Rule", string extension = ".js")
    {
        var name = $"{Guid.NewGuid():N}{extension}";
        File.WriteAllText(Path.Combine(Folder, name), script);
        return new RuleSpec
        {
            Id = id,
            DisplayName = "Test rule",
            Severity = Severity.Low,
            Description = "spec description",
            Runbook = "spec runbook",
            Reference = "spec reference",
            Filename = name,
            SourcePath = Path.Combine(Folder, "rule.yml"),
        };
    }

    public static RuleDefinition Load(string script, Action<JavaScriptRuleOptions>? configure = null)
    {
        var options = new JavaScriptRuleOptions();
        configure?.Invoke(options);
        var spec = Spec(script);
        return new RuleDefinition(spec, new JavaScriptRuleRuntime(options).Load(spec)) { Runtime = "javascript" };
    }

    public static RuleResult? Run(RuleDefinition rule, string json = "{}") =>
        RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(json));

    /// <summary>Small limits, so tests that breach them finish quickly.</summary>
    public static void SmallLimits(JavaScriptRuleOptions options)
    {
        options.MaxStatements = 50_000;
        options.Timeout = TimeSpan.FromMilliseconds(500);
        options.MemoryLimitBytes = 4 * 1024 * 1024;
        options.MaxRecursionDepth = 50;
        options.RegexTimeout = TimeSpan.FromMilliseconds(50);
    }
}
