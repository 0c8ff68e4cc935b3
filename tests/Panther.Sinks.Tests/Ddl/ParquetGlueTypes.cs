using Parquet.Schema;

namespace Panther.Sinks.Tests.Ddl;

/// <summary>Says what Glue type a Parquet field needs, from the Parquet schema alone, so that the DDL can be checked
/// against the files rather than against its own mapping.</summary>
internal static class ParquetGlueTypes
{
    public static IReadOnlyList<(string Name, string Type)> Columns(ParquetSchema schema) =>
        [.. schema.Fields.Select(f => (f.Name, Of(f)))];

    public static string Of(Field field) => field switch
    {
        ListField list => $"array<{Of(list.Item)}>",
        MapField map => $"map<{Of(map.Key)},{Of(map.Value)}>",
        StructField st => "struct<" + string.Join(',', st.Fields.Select(f => Member(f.Name) + ":" + Of(f))) + ">",
        DataField data => data.ClrType switch
        {
            var t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>) => "string",
            var t when t == typeof(bool) => "boolean",
            var t when t == typeof(short) => "smallint",
            var t when t == typeof(int) => "int",
            var t when t == typeof(long) || t == typeof(ulong) => "bigint",
            var t when t == typeof(float) => "float",
            var t when t == typeof(double) => "double",
            var t when t == typeof(DateTime) => "timestamp",
            var t => throw new NotSupportedException($"No Glue type for {t} in '{field.Name}'."),
        },
        _ => throw new NotSupportedException($"No Glue type for {field.GetType().Name} '{field.Name}'."),
    };

    private static string Member(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "`" + name + "`";
}
