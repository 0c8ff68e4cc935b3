namespace Panther.Schemas.Time;

/// <summary>One step of a compiled strftime pattern.</summary>
/// <param name="Kind">What the step reads.</param>
/// <param name="Literal">
/// The byte to match when <paramref name="Kind"/> is <see cref="StrftimeTokenKind.Literal"/>.
/// </param>
internal readonly record struct StrftimeToken(StrftimeTokenKind Kind, byte Literal = 0);
