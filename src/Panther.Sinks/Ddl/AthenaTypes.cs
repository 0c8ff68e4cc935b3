using System.Text;
using Panther.Schemas.Fields;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Ddl;

/// <summary>
/// The Glue type of each schema field type, as the Parquet writer stores it (see <c>ColumnTreeBuilder</c>), and the
/// rules for names inside and outside <c>struct&lt;...&gt;</c>.
/// </summary>
internal static class AthenaTypes
{
    /// <summary>The Glue type of <c>p_parse_errors</c>.</summary>
    public const string ParseErrors = "array<struct<path:string,reason:string>>";

    /// <summary>The Glue type of a list of strings (indicator columns, tags, destinations).</summary>
    public const string StringList = "array<string>";

    /// <summary>The Glue type of <c>p_rule_reports</c> and <c>reports</c>.</summary>
    public const string Reports = "map<string,array<string>>";

    /// <summary>Gets the Glue type of a field type. <c>ubigint</c> is <c>bigint</c>: the file holds a 64-bit
    /// integer, which Athena reads as signed.</summary>
    /// <param name="type">The declared type.</param>
    /// <param name="path">The field's path, for messages.</param>
    public static string Of(FieldType type, string path) => type switch
    {
        ObjectFieldType obj => Struct(obj, path),
        ArrayFieldType array => $"array<{Of(array.Element, path + "[]")}>",
        MapFieldType map => $"map<string,{Of(map.Value, path + "{}")}>",
        TimestampFieldType => "timestamp",
        _ => type.Kind switch
        {
            FieldTypeKind.String or FieldTypeKind.Json => "string",
            FieldTypeKind.Boolean => "boolean",
            FieldTypeKind.Int16 => "smallint",
            FieldTypeKind.Int32 => "int",
            FieldTypeKind.Int64 or FieldTypeKind.UInt64 => "bigint",
            FieldTypeKind.Float => "float",
            FieldTypeKind.Double => "double",
            _ => throw new NotSupportedException($"Field '{path}' has type {type}, which has no Glue type."),
        },
    };

    /// <summary>Quotes a column name with backticks, after <see cref="CheckName"/>.</summary>
    public static string QuoteColumn(string name, string path)
    {
        CheckName(name, path);
        return "`" + name + "`";
    }

    /// <summary>Throws when a set of sibling names has two that differ only in case: Athena lower-cases names, so
    /// both would read the same Parquet column.</summary>
    public static void CheckCaseCollisions(IEnumerable<string> names, string where)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!seen.TryAdd(name, name))
            {
                throw new ArgumentException(
                    $"{where} has the columns '{seen[name]}' and '{name}', which differ only in case; Athena "
                    + "cannot tell them apart.");
            }
        }
    }

    /// <summary>Throws unless a name can be written in DDL: not empty, no backtick, no control character, and
    /// none of <c>:,&lt;&gt;</c>, which end a member inside a Glue type string.</summary>
    public static void CheckName(string name, string path)
    {
        if (name.Length == 0 || name.Any(c => c is '`' or ':' or ',' or '<' or '>' || char.IsControl(c)))
        {
            throw new ArgumentException(
                $"Field '{path}' has a name that cannot be written in Athena DDL: it is empty or has a backtick, a "
                + "control character, ':', ',', '<' or '>'.");
        }
    }

    private static string Struct(ObjectFieldType obj, string path)
    {
        if (obj.Fields.Count == 0)
        {
            throw new NotSupportedException($"Field '{path}' is an object with no fields, which has no Glue type.");
        }

        CheckCaseCollisions(obj.Fields.Select(f => LakeColumnName.From(f.Name)), $"Object '{path}'");
        var text = new StringBuilder("struct<");
        for (var i = 0; i < obj.Fields.Count; i++)
        {
            var field = obj.Fields[i];
            var memberPath = path + "." + field.Name;
            var member = LakeColumnName.From(field.Name);
            CheckName(member, memberPath);
            text.Append(i == 0 ? "" : ",").Append(MemberName(member)).Append(':')
                .Append(Of(field.Type, memberPath));
        }

        return text.Append('>').ToString();
    }

    /// <summary>Members are written bare when they are plain identifiers, as Glue shows them, and quoted
    /// otherwise.</summary>
    private static string MemberName(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : "`" + name + "`";
}
