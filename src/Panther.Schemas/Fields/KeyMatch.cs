namespace Panther.Schemas.Fields;

/// <summary>How a <see cref="KeyIndicatorRule"/> compares member names.</summary>
public enum KeyMatch
{
    /// <summary>The member name equals the rule's name.</summary>
    Exact,

    /// <summary>The member name ends with the rule's name.</summary>
    Suffix,

    /// <summary>Every string value matches, whatever its member name.</summary>
    Any,
}
