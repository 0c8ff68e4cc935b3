namespace Panther.Schemas.Fields;

/// <summary>A map field type: an object whose keys vary and whose values share one type.</summary>
public sealed class MapFieldType : FieldType
{
    internal MapFieldType(FieldType value)
        : base(FieldTypeKind.Map)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Gets the type of each value.</summary>
    public FieldType Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"map<string,{Value}>";
}
