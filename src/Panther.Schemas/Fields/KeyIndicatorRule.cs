using Panther.Schemas.Indicators;

namespace Panther.Schemas.Fields;

/// <summary>
/// Finds indicators inside a nested JSON value by member name: every member whose name matches has its string values
/// (or the string elements of its array value) scanned as <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// For <see cref="IndicatorKind.AwsTag"/> a matching member may also hold a list of <c>{key, value}</c> objects or a
/// map; each pair is scanned as <c>key:value</c>.
/// </remarks>
public sealed record KeyIndicatorRule
{
    private KeyIndicatorRule(string? name, KeyMatch match, IndicatorKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Name = name;
        Match = match;
        Kind = kind;
    }

    /// <summary>Gets the member name (or suffix) to match; <see langword="null"/> for <see
    /// cref="KeyMatch.Any"/>.</summary>
    public string? Name { get; }

    /// <summary>Gets how <see cref="Name"/> is compared with member names.</summary>
    public KeyMatch Match { get; }

    /// <summary>Gets the indicator kind the matching values are scanned as.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Matches members whose name equals <paramref name="name"/> exactly.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="kind">The indicator kind.</param>
    /// <returns>The rule.</returns>
    public static KeyIndicatorRule Exact(string name, IndicatorKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new KeyIndicatorRule(name, KeyMatch.Exact, kind);
    }

    /// <summary>Matches members whose name ends with <paramref name="suffix"/>.</summary>
    /// <param name="suffix">The name suffix, for example <c>InstanceId</c>.</param>
    /// <param name="kind">The indicator kind.</param>
    /// <returns>The rule.</returns>
    public static KeyIndicatorRule EndsWith(string suffix, IndicatorKind kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(suffix);
        return new KeyIndicatorRule(suffix, KeyMatch.Suffix, kind);
    }

    /// <summary>Scans every string value at any depth; useful for kinds whose scanner validates strictly.</summary>
    /// <param name="kind">The indicator kind, for example <see cref="IndicatorKind.AwsArn"/>.</param>
    /// <returns>The rule.</returns>
    public static KeyIndicatorRule AnyString(IndicatorKind kind) => new(null, KeyMatch.Any, kind);
}
