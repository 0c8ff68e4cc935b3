using Panther.Schemas.Time;

namespace Panther.Schemas.Fields;

/// <summary>
/// The declared type of a schema field. Scalar types are shared instances; composite types are built with
/// <see cref="Object"/>, <see cref="Array"/> and <see cref="Map"/>.
/// </summary>
public abstract class FieldType
{
    private protected FieldType(FieldTypeKind kind) => Kind = kind;

    /// <summary>Gets the kind of value.</summary>
    public FieldTypeKind Kind { get; }

    /// <summary>Gets the string type.</summary>
    public static FieldType String { get; } = new ScalarFieldType(FieldTypeKind.String);

    /// <summary>Gets the boolean type.</summary>
    public static FieldType Boolean { get; } = new ScalarFieldType(FieldTypeKind.Boolean);

    /// <summary>Gets the 16-bit integer type (<c>smallint</c>).</summary>
    public static FieldType Int16 { get; } = new ScalarFieldType(FieldTypeKind.Int16);

    /// <summary>Gets the 32-bit integer type (<c>int</c>).</summary>
    public static FieldType Int32 { get; } = new ScalarFieldType(FieldTypeKind.Int32);

    /// <summary>Gets the 64-bit integer type (<c>bigint</c>).</summary>
    public static FieldType Int64 { get; } = new ScalarFieldType(FieldTypeKind.Int64);

    /// <summary>Gets the 64-bit unsigned integer type (<c>ubigint</c>).</summary>
    public static FieldType UInt64 { get; } = new ScalarFieldType(FieldTypeKind.UInt64);

    /// <summary>Gets the 32-bit floating point type.</summary>
    public static FieldType Float { get; } = new ScalarFieldType(FieldTypeKind.Float);

    /// <summary>Gets the 64-bit floating point type.</summary>
    public static FieldType Double { get; } = new ScalarFieldType(FieldTypeKind.Double);

    /// <summary>Gets the raw JSON type: any value, kept verbatim.</summary>
    public static FieldType Json { get; } = new ScalarFieldType(FieldTypeKind.Json);

    /// <summary>Creates a timestamp type read with the given format.</summary>
    /// <param name="format">How the value is written in the log.</param>
    /// <returns>The timestamp type.</returns>
    public static TimestampFieldType Timestamp(TimestampFormat format) => new(format);

    /// <summary>Creates an object type with the given fields.</summary>
    /// <param name="fields">The fields, in the order they are documented.</param>
    /// <returns>The object type.</returns>
    public static ObjectFieldType Object(params IEnumerable<SchemaField> fields) => new([.. fields]);

    /// <summary>Creates an array type.</summary>
    /// <param name="element">The type of each element.</param>
    /// <returns>The array type.</returns>
    public static ArrayFieldType Array(FieldType element) => new(element);

    /// <summary>Creates a map type with string keys.</summary>
    /// <param name="value">The type of each value.</param>
    /// <returns>The map type.</returns>
    public static MapFieldType Map(FieldType value) => new(value);

    /// <summary>
    /// Gets the type's name as Panther's YAML schemas and Glue spell it: <c>string</c>, <c>boolean</c>,
    /// <c>smallint</c>, <c>int</c>, <c>bigint</c>, <c>ubigint</c>, <c>float</c>, <c>double</c>, <c>timestamp</c>,
    /// <c>json</c>, and
    /// composite forms such as <c>array&lt;string&gt;</c>.
    /// </summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind switch
    {
        FieldTypeKind.Int16 => "smallint",
        FieldTypeKind.Int32 => "int",
        FieldTypeKind.Int64 => "bigint",
        FieldTypeKind.UInt64 => "ubigint",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
