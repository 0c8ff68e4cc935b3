namespace Panther.Schemas.Fields;

/// <summary>A field type without parameters: string, boolean, the numbers, and raw JSON.</summary>
internal sealed class ScalarFieldType(FieldTypeKind kind) : FieldType(kind);
