using Panther.Schemas.Fields;
using Panther.Schemas.Time;

namespace Panther.Parsing.Normalization;

/// <summary>A field type prepared for the normalizer: nested objects compiled, formats resolved.</summary>
internal sealed class CompiledType
{
    private CompiledType(FieldTypeKind kind) => Kind = kind;

    public FieldTypeKind Kind { get; }

    /// <summary>Gets the timestamp format, for timestamps.</summary>
    public TimestampFormat? Format { get; private init; }

    /// <summary>Gets the object's fields, for objects.</summary>
    public CompiledObject? Object { get; private init; }

    /// <summary>Gets the element type of an array or the value type of a map.</summary>
    public CompiledType? Element { get; private init; }

    public static CompiledType Compile(FieldType type) => type switch
    {
        TimestampFieldType timestamp => new CompiledType(type.Kind) { Format = timestamp.Format },
        ObjectFieldType obj => new CompiledType(type.Kind) { Object = CompiledObject.Compile(obj.Fields) },
        ArrayFieldType array => new CompiledType(type.Kind) { Element = Compile(array.Element) },
        MapFieldType map => new CompiledType(type.Kind) { Element = Compile(map.Value) },
        _ => new CompiledType(type.Kind),
    };
}
