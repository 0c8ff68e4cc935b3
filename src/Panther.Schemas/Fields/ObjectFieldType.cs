namespace Panther.Schemas.Fields;

/// <summary>An object field type: named, typed fields. Members the type does not name are kept verbatim.</summary>
public sealed class ObjectFieldType : FieldType
{
    internal ObjectFieldType(IReadOnlyList<SchemaField> fields)
        : base(FieldTypeKind.Object)
    {
        Fields = fields;
    }

    /// <summary>Gets the declared fields, in declaration order.</summary>
    public IReadOnlyList<SchemaField> Fields { get; }

    /// <inheritdoc />
    public override string ToString() => "object";
}
