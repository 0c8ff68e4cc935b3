using System.Text.RegularExpressions;
using Panther.Rules.Evaluation;
using Panther.Rules.Specs;
using Panther.Tests.Shared;

namespace Panther.Rules.CSharp.Tests;

/// <summary>Keeps the example in <c>docs/rules-csharp.md</c> runnable.</summary>
public sealed partial class DocumentationExampleTests : IDisposable
{
    private const string ExampleHeading = "## A first rule file";

    private readonly RuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Example_rule_in_the_guide_loads_and_raises_the_described_alert()
    {
        var guide = File.ReadAllText(Path.Combine(TestCorpus.RepositoryRoot, "docs", "rules-csharp.md"));
        var example = guide[guide.IndexOf(ExampleHeading, StringComparison.Ordinal)..];
        var specPath = Path.Combine(_folder.Root, "aws_console_login_without_mfa.yml");
        File.WriteAllText(Path.Combine(_folder.Root, "aws_console_login_without_mfa.cs"), Block(example, "csharp"));
        var spec = RuleSpecReader.Read(Block(example, "yaml"), specPath, out _)!;
        var runtime = new CSharpRuleRuntime();

        Assert.True(runtime.CanLoad(spec));
        var rule = new RuleDefinition(spec, runtime.Load(spec));
        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(Block(example, "json"), "AWS.CloudTrail"));

        Assert.NotNull(result);
        Assert.False(result.IsError, result.Error?.ToString());
        Assert.Equal("Console login without MFA by arn:aws:iam::123456789012:root", result.Title);
        Assert.Equal("arn:aws:iam::123456789012:root", result.DedupKey);
        Assert.Equal(Severity.Critical, result.Severity);
        Assert.Equal("""{"sourceIPAddress":"198.51.100.20","userAgent":"Mozilla/5.0"}""", result.AlertContextJson);
    }

    private static string Block(string markdown, string language)
    {
        var match = FencedBlock().Matches(markdown).First(block => block.Groups["language"].Value == language);
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
