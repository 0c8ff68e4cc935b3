using Panther.Rules;

namespace Panther.Benchmarks.Rules;

/// <summary>
/// One detection written three ways that must agree on every event: a simple detection (the <c>Detection</c> list
/// of a YAML spec), a JavaScript body, and a compiled C# <see cref="IRule"/>.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Severity">The severity of its alerts.</param>
/// <param name="Detection">The <c>Detection:</c> key and its list, as YAML.</param>
/// <param name="JavaScript">The JavaScript body, defining <c>rule(event)</c>.</param>
/// <param name="CSharp">The C# body.</param>
public sealed record BenchmarkRule(string Id, string Severity, string Detection, string JavaScript, IRule CSharp)
{
    /// <summary>Gets the whole spec of the simple detection, as a rule file would hold it.</summary>
    public string Yaml => $"""
        AnalysisType: rule
        RuleID: {Id}
        LogTypes: [AWS.CloudTrail]
        Severity: {Severity}
        {Detection}
        """;
}
