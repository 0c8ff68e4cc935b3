namespace Panther.Schemas.Fields;

/// <summary>An array field type.</summary>
public sealed class ArrayFieldType : FieldType
{
    internal ArrayFieldType(FieldType element)
        : base(FieldTypeKind.Array)
    {
        ArgumentNullException.ThrowIfNull(element);
        Element = element;
    }

    /// <summary>Gets the type of each element.</summary>
    public FieldType Element { get; }

    /// <inheritdoc />
    public override string ToString() => $"array<{Element}>";
}
