using System.Text;
using Panther.Schemas;
using Panther.Schemas.Fields;

namespace Panther.Sinks.Layout;

/// <summary>
/// The names that schema fields have as columns of the lake, Glue-safe as Athena needs them: letters, digits,
/// <c>_</c> and <c>-</c> are kept; <c>@</c> and the ASCII symbols are spelled out between underscores (<c>@</c> is
/// <c>_at_sign_</c>, <c>$</c> is <c>_dollar_sign_</c>, ...); any other character (<c>.</c>, a space, a non-ASCII
/// letter) becomes <c>_</c>. The names of the built-in log types are all kept as they are.
/// </summary>
/// <remarks>Renaming applies to the Parquet files and the catalogue DDL. Rules and <c>p_overflow</c> see the names
/// as the logs spell them.</remarks>
public static class LakeColumnName
{
    private static readonly Dictionary<char, string> SpelledOut = new()
    {
        ['@'] = "at_sign",
        ['$'] = "dollar_sign",
        ['+'] = "plus_sign",
        ['<'] = "less_than_sign",
        ['='] = "equals_sign",
        ['>'] = "greater_than_sign",
        ['^'] = "circumflex_accent",
        ['`'] = "grave_accent",
        ['|'] = "vertical_line",
        ['~'] = "tilde",
    };

    /// <summary>Gets the column name of a field.</summary>
    /// <param name="fieldName">The field's name in the schema.</param>
    /// <returns>The name of its column; <paramref name="fieldName"/> itself when it is already Glue-safe.</returns>
    public static string From(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        if (fieldName.All(IsKept))
        {
            return fieldName;
        }

        var name = new StringBuilder(fieldName.Length + 16);
        foreach (var c in fieldName)
        {
            if (IsKept(c))
            {
                name.Append(c);
            }
            else if (SpelledOut.TryGetValue(c, out var word))
            {
                name.Append('_').Append(word).Append('_');
            }
            else
            {
                name.Append('_');
            }
        }

        return name.ToString();
    }

    /// <summary>Checks that the fields of a schema keep distinct column names at every level: two sibling fields
    /// whose column names are equal, or differ only in case, would be one column to Athena.</summary>
    /// <param name="schema">The schema.</param>
    /// <exception cref="ArgumentException">Two sibling fields collide; the message names both and the log
    /// type.</exception>
    public static void Validate(LogSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Validate(schema.Fields, schema.Name, "");
    }

    private static void Validate(IEnumerable<SchemaField> fields, string logType, string path)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var column = From(field.Name);
            if (!seen.TryAdd(column, field.Name))
            {
                var other = From(seen[column]);
                var clash = other == column
                    ? $"which both become the lake column '{column}'"
                    : $"whose lake columns '{other}' and '{column}' differ only in case, which Athena cannot tell apart";
                throw new ArgumentException(
                    $"Log type '{logType}' has the fields '{path}{seen[column]}' and '{path}{field.Name}', {clash}; " +
                    "rename one.");
            }

            foreach (var (children, childPath) in Children(field.Type, path + field.Name))
            {
                Validate(children, logType, childPath + ".");
            }
        }
    }

    private static IEnumerable<(IReadOnlyList<SchemaField> Fields, string Path)> Children(FieldType type,
        string path) => type switch
    {
        ObjectFieldType obj => [(obj.Fields, path)],
        ArrayFieldType array => Children(array.Element, path + "[]"),
        MapFieldType map => Children(map.Value, path + "{}"),
        _ => [],
    };

    private static bool IsKept(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
