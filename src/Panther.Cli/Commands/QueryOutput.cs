using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Sinks.Query;

namespace Panther.Cli.Commands;

/// <summary>Renders query results as a table, CSV or JSON lines.</summary>
internal static class QueryOutput
{
    private const int MaxCellWidth = 60;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(LakeQueryResult result, QueryOutputFormat format) =>
        Render([.. result.Columns.Select(c => c.Name)],
            [.. result.Rows.Select(r => Enumerable.Range(0, r.Count).Select(i => r[i]).ToArray())], format);

    /// <summary>Renders rows that did not come from a query: values as <see cref="LakeRow"/> holds them.</summary>
    public static string Render(IReadOnlyList<string> names, IReadOnlyList<object?[]> rows,
        QueryOutputFormat format) =>
        format switch
        {
            QueryOutputFormat.Csv => Csv(names, rows),
            QueryOutputFormat.Json => Json(names, rows),
            _ => Table(names, rows),
        };

    private static string Table(IReadOnlyList<string> names, IReadOnlyList<object?[]> rows)
    {
        var cells = rows.Select(r => r.Select(v => Cut(Text(v))).ToArray()).ToList();
        var widths = names.Select((n, i) => cells.Select(c => c[i].Length).Append(n.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.AppendLine(string.Join("  ", names.Select((n, i) => n.PadRight(widths[i]))).TrimEnd());
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            text.AppendLine(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        }

        text.AppendLine(rows.Count == 1
            ? "(1 row)"
            : string.Create(CultureInfo.InvariantCulture, $"({rows.Count} rows)"));
        return text.ToString();
    }

    private static string Csv(IReadOnlyList<string> names, IReadOnlyList<object?[]> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", names.Select(Quote)));
        foreach (var row in rows)
        {
            text.AppendLine(string.Join(",", row.Select(v => Quote(Text(v)))));
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<string> names, IReadOnlyList<object?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            var values = new Dictionary<string, object?>();
            for (var i = 0; i < names.Count; i++)
            {
                values[names[i]] = Plain(row[i]);
            }

            text.AppendLine(JsonSerializer.Serialize(values, JsonOptions));
        }

        return text.ToString();
    }

    private static object? Plain(object? value) => value switch
    {
        null or DBNull => null,
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", CultureInfo.InvariantCulture),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => Convert.ToString(k, CultureInfo.InvariantCulture)!,
            k => Plain(map[k])),
        string => value,
        IEnumerable list => list.Cast<object?>().Select(Plain).ToList(),
        _ => value,
    };

    private static string Text(object? value) => Plain(value) switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => JsonSerializer.Serialize(other, JsonOptions),
    };

    /// <summary>Makes a value fit a table cell: one line, no control characters (an escape sequence in log data
    /// would otherwise reach the terminal), at most <see cref="MaxCellWidth"/> characters.</summary>
    private static string Cut(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        if (line.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0
            || line.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0)
        {
            line = string.Create(line.Length, line, (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    span[i] = char.IsControl(source[i]) ? '\uFFFD' : source[i];
                }
            });
        }

        return line.Length <= MaxCellWidth ? line : line[..(MaxCellWidth - 3)] + "...";
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? text
            : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
