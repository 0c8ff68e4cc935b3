namespace Panther.Rules;

/// <summary>What one step of an <see cref="EventPath"/> selects.</summary>
public enum EventPathSegmentKind
{
    /// <summary>A member of an object, by name (<c>userIdentity</c>).</summary>
    Member,

    /// <summary>One element of an array, by 0-based index (<c>[0]</c>).</summary>
    Index,

    /// <summary>Every element of an array (<c>[*]</c>).</summary>
    Wildcard,
}
