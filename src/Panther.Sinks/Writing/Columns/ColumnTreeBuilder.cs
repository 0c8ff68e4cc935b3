using Panther.Schemas.Fields;
using Panther.Sinks.Layout;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Builds the column node of a schema field: objects become structs, arrays lists, maps maps of string keys,
/// timestamps UTC timestamps in milliseconds, <c>json</c> the JSON text as a string, and the other scalars their
/// Parquet types (<c>ubigint</c> as an unsigned 64-bit integer).
/// </summary>
internal static class ColumnTreeBuilder
{
    /// <summary>
    /// The unit of timestamp columns. Milliseconds until Parquet.Net writes correct statistics for microseconds:
    /// 6.1.0 writes the min and max of a microsecond column in milliseconds (parquet-dotnet issue 769), and DuckDB
    /// then skips row groups that match a filter on the column.
    /// </summary>
    private const DateTimeTimeUnit TimestampUnit = DateTimeTimeUnit.Millis;

    /// <param name="name">The field name.</param>
    /// <param name="type">The declared type.</param>
    /// <param name="level">The number of lists and maps around the field.</param>
    public static ColumnNode Build(string name, FieldType type, int level) => type switch
    {
        ObjectFieldType obj => new StructColumn(name, [.. obj.Fields.Select(f => Build(f.Name, f.Type, level))]),
        ArrayFieldType array => new ListColumn(name, Build("element", array.Element, level + 1), level + 1),
        MapFieldType map => new MapColumn(name, Build("value", map.Value, level + 1), level + 1),
        TimestampFieldType timestamp => new ScalarColumn<DateTime>(name,
            CreateTimestampField(LakeColumnName.From(name)), ScalarReaders.Timestamp(timestamp.Format)),
        _ => type.Kind switch
        {
            FieldTypeKind.String => new TextColumn(name, isJson: false),
            FieldTypeKind.Json => new TextColumn(name, isJson: true),
            FieldTypeKind.Boolean => Scalar<bool>(name, ScalarReaders.Boolean),
            FieldTypeKind.Int16 => Scalar<short>(name, ScalarReaders.Int16),
            FieldTypeKind.Int32 => Scalar<int>(name, ScalarReaders.Int32),
            FieldTypeKind.Int64 => Scalar<long>(name, ScalarReaders.Int64),
            FieldTypeKind.UInt64 => Scalar<ulong>(name, ScalarReaders.UInt64),
            FieldTypeKind.Float => Scalar<float>(name, ScalarReaders.Float),
            FieldTypeKind.Double => Scalar<double>(name, ScalarReaders.Double),
            _ => throw new NotSupportedException($"Field '{name}' has type {type}, which has no Parquet mapping."),
        },
    };

    private static ScalarColumn<T> Scalar<T>(string name, ScalarReader<T> reader)
        where T : struct =>
        new(name, new DataField<T>(LakeColumnName.From(name), true), reader);

    /// <summary>Creates a nullable UTC timestamp field.</summary>
    public static DateTimeDataField CreateTimestampField(string name) =>
        new(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: TimestampUnit, isNullable: true);
}
