using System.Text;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Normalization;

/// <summary>A <see cref="KeyIndicatorRule"/> with its name as UTF-8.</summary>
internal sealed class CompiledKeyRule(KeyIndicatorRule rule)
{
    private readonly byte[] _name = rule.Name is null ? [] : Encoding.UTF8.GetBytes(rule.Name);

    public IndicatorKind Kind { get; } = rule.Kind;

    public bool IsTag { get; } = ReferenceEquals(rule.Kind, IndicatorKind.AwsTag);

    public bool MatchesAnyString { get; } = rule.Match == KeyMatch.Any;

    public bool Matches(ReadOnlySpan<byte> memberName) => rule.Match switch
    {
        KeyMatch.Exact => memberName.SequenceEqual(_name),
        KeyMatch.Suffix => memberName.EndsWith(_name),
        _ => false,
    };
}
