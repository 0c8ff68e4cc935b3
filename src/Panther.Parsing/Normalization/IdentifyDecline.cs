namespace Panther.Parsing.Normalization;

/// <summary>Why an event does not belong to a schema, as <see cref="EventNormalizer.Identify"/> finds it: the root
/// is not an object (no field), a required field is missing (no value), or its value is not valid.</summary>
/// <param name="Field">The required field that failed; null when the root is not an object.</param>
/// <param name="Value">The token of the field's value; -1 when the field is missing.</param>
internal readonly record struct IdentifyDecline(CompiledField? Field, int Value);
