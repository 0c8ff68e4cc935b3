using Panther.Rules.Detections;
using Panther.Rules.Specs;

namespace Panther.Rules.Tests.Detections;

/// <summary>Builds rule specs around detection snippets, the way panther-analysis files hold them.</summary>
internal static class DetectionYaml
{
    public const string Header = """
        AnalysisType: rule
        RuleID: Test.Simple
        DisplayName: Test simple detection
        LogTypes: [AWS.CloudTrail]
        Severity: Medium

        """;

    public static RuleSpec Spec(string body) =>
        RuleSpecReader.Read(Header + body, "x.yml", out _) ?? throw new InvalidOperationException("not a rule");

    public static IRule Compile(string body) => SimpleDetectionCompiler.Compile(Spec(body));

    /// <summary>Compiles one expression written in YAML flow style and runs it on a JSON event.</summary>
    public static bool Matches(string expression, string json) =>
        Compile($"Detection: [{expression}]\n").Matches(RuleEvent.FromJson(json));
}
