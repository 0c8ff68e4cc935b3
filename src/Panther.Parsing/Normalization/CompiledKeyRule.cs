using System.Text;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Normalization;

/// <summary>A <see cref="KeyIndicatorRule"/> with its name as UTF-8.</summary>
internal sealed class CompiledKeyRule(KeyIndicatorRule rule)
{
    /// <summary>Gets the name or suffix as UTF-8; empty for any-string rules.</summary>
    public byte[] Name { get; } = rule.Name is null ? [] : Encoding.UTF8.GetBytes(rule.Name);

    public IndicatorKind Kind { get; } = rule.Kind;

    public bool IsTag { get; } = ReferenceEquals(rule.Kind, IndicatorKind.AwsTag);

    public bool MatchesAnyString { get; } = rule.Match == KeyMatch.Any;

    public bool IsExact { get; } = rule.Match == KeyMatch.Exact;

    public bool IsSuffix { get; } = rule.Match == KeyMatch.Suffix;
}
