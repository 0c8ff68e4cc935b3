using System.Globalization;
using System.Text;

namespace Panther.Rules;

/// <summary>
/// One step of an <see cref="EventPath"/>: an object member, an array index or an array wildcard. Create steps with
/// <see cref="Member"/>, <see cref="Index"/> and <see cref="Wildcard"/>.
/// </summary>
public readonly struct EventPathSegment : IEquatable<EventPathSegment>
{
    private readonly byte[]? _utf8Name;

    private EventPathSegment(EventPathSegmentKind kind, string? name, int index)
    {
        Kind = kind;
        Name = name;
        ArrayIndex = index;
        _utf8Name = name is null ? null : Encoding.UTF8.GetBytes(name);
    }

    /// <summary>Gets the array wildcard step, <c>[*]</c>.</summary>
    public static EventPathSegment Wildcard => new(EventPathSegmentKind.Wildcard, null, -1);

    /// <summary>Gets what the step selects.</summary>
    public EventPathSegmentKind Kind { get; }

    /// <summary>Gets the member name of a <see cref="EventPathSegmentKind.Member"/> step; null otherwise.</summary>
    public string? Name { get; }

    /// <summary>Gets the index of an <see cref="EventPathSegmentKind.Index"/> step; -1 otherwise.</summary>
    public int ArrayIndex { get; }

    /// <summary>Gets the member name as UTF-8, for lookups that do not allocate.</summary>
    internal ReadOnlySpan<byte> Utf8Name => _utf8Name;

    /// <summary>Creates a step that selects an object member.</summary>
    /// <param name="name">The member name; any text, dots and brackets included.</param>
    /// <returns>The step.</returns>
    public static EventPathSegment Member(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new(EventPathSegmentKind.Member, name, -1);
    }

    /// <summary>Creates a step that selects one array element.</summary>
    /// <param name="index">The 0-based index.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static EventPathSegment Index(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new(EventPathSegmentKind.Index, null, index);
    }

    /// <summary>Compares two steps.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they select the same thing.</returns>
    public static bool operator ==(EventPathSegment left, EventPathSegment right) => left.Equals(right);

    /// <summary>Compares two steps.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they select different things.</returns>
    public static bool operator !=(EventPathSegment left, EventPathSegment right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EventPathSegment other) =>
        Kind == other.Kind && ArrayIndex == other.ArrayIndex
            && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EventPathSegment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ArrayIndex, Name);

    /// <summary>Gets the step as it is written in a path: the name, <c>[n]</c> or <c>[*]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        EventPathSegmentKind.Member => Name!,
        EventPathSegmentKind.Index => "[" + ArrayIndex.ToString(CultureInfo.InvariantCulture) + "]",
        _ => "[*]",
    };
}
