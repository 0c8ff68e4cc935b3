using System.Globalization;
using System.Text;
using Panther.Schemas.Envelopes;
using Panther.Schemas.Fields;

namespace Panther.Schemas.Documentation;

/// <summary>
/// Renders log schemas as a Markdown reference page: per log type its description, reference, table name, event
/// time, envelopes and a table of every field, nested ones included. Render the page in a test and compare it with
/// the committed file, so the documentation cannot drift from the code:
/// <code>
/// var page = SchemaMarkdown.Render(CloudTrailLogTypes.All, "AWS log types");
/// Assert.Equal(File.ReadAllText("docs/log-types/aws.md"), page);
/// </code>
/// </summary>
/// <remarks>
/// The output depends only on the schemas and the title: log types and fields keep the order they are given in,
/// lines end with LF, and nothing depends on the culture or the clock. Paths use <c>.</c> between an object and its
/// fields, <c>[]</c> for array elements and <c>{}</c> for map values (<c>resources[].ARN</c>). The Required column
/// says <c>yes</c> for required fields and <c>event time</c> for the fields that give <c>p_event_time</c>; allowed
/// and denied values follow the field's description. A <c>|</c> in any cell is escaped.
/// </remarks>
public static class SchemaMarkdown
{
    private const string TableSeparator = "|---|---|---|---|---|";

    /// <summary>Renders a page for the given log types.</summary>
    /// <param name="schemas">The log types, in the order they should appear.</param>
    /// <param name="title">The page title, written as the level-one heading.</param>
    /// <returns>The Markdown text, with LF line endings and one final line break.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="schemas"/> or <paramref name="title"/> is null.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="title"/> is blank, or <paramref name="schemas"/> holds a null element.
    /// </exception>
    public static string Render(IEnumerable<LogSchema> schemas, string title)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        LogSchema[] list = [.. schemas];
        if (Array.IndexOf(list, null) >= 0)
        {
            throw new ArgumentException("The schemas may not contain null.", nameof(schemas));
        }

        var page = new StringBuilder();
        var anchors = new AnchorSet();
        var heading = MarkdownText.OneLine(title);
        anchors.Add(heading);
        Line(page, "# " + heading);
        Line(page);
        WriteIntroduction(page);
        if (list.Length > 0)
        {
            Line(page);
            WriteIndex(page, list, anchors);
        }

        foreach (var schema in list)
        {
            Line(page);
            WriteSchema(page, schema);
        }

        return page.ToString();
    }

    private static void WriteIntroduction(StringBuilder page)
    {
        Line(page, "This page is generated from the log schemas in the code by the test suite. Change the schemas,");
        Line(page, "not this page.");
        Line(page);
        Line(page, "In the field tables, a top-level field marked **yes** under Required must be present with a");
        Line(page, "valid value for an event to be recognised as that log type, and **event time** marks the");
        Line(page, "timestamp that becomes `p_event_time`. Paths use `.` for the fields of an object, `[]` for the");
        Line(page, "elements of an array and `{}` for the values of a map. Every event also carries the standard");
        Line(page, "`p_*` fields, and the `p_any_*` indicator sets are filled from the Indicators column.");
    }

    private static void WriteIndex(StringBuilder page, LogSchema[] schemas, AnchorSet anchors)
    {
        Line(page, "| Log type | Table | Description |");
        Line(page, "|---|---|---|");
        foreach (var schema in schemas)
        {
            var link = "[" + schema.Name + "](#" + anchors.Add(schema.Name) + ")";
            Row(page, link, MarkdownText.Code(schema.TableName), schema.Description ?? "");
        }
    }

    private static void WriteSchema(StringBuilder page, LogSchema schema)
    {
        Line(page, "## " + schema.Name);
        Line(page);
        if (!string.IsNullOrWhiteSpace(schema.Description))
        {
            Line(page, MarkdownText.NormalizeLineBreaks(schema.Description));
            Line(page);
        }

        var fields = SchemaFieldPaths.Flatten(schema.Fields);
        if (schema.ReferenceUrl is { } url)
        {
            Line(page, "- Reference: <" + (url.IsAbsoluteUri ? url.AbsoluteUri : url.OriginalString) + ">");
        }

        Line(page, "- Table: " + MarkdownText.Code(schema.TableName));
        Line(page, "- Event time: " + DescribeEventTime(fields));
        if (schema.Envelopes.Count > 0)
        {
            Line(page, "- Envelopes:");
            foreach (var envelope in schema.Envelopes)
            {
                Line(page, "  - " + DescribeEnvelope(envelope));
            }
        }

        Line(page);
        Line(page, "| Field | Type | Required | Indicators | Description |");
        Line(page, TableSeparator);
        foreach (var (path, field) in fields)
        {
            Row(page, MarkdownText.Code(path), MarkdownText.Code(field.Type.ToString()), DescribeRequired(field),
                DescribeIndicators(field), DescribeField(field));
        }

        KeyRuleTables.Write(page, fields);
    }

    private static string DescribeEventTime(IReadOnlyList<SchemaFieldPaths.Entry> fields)
    {
        var paths = fields.Where(f => f.Field.IsEventTime).Select(f => MarkdownText.Code(f.Path)).ToList();
        return paths.Count switch
        {
            0 => "none; `p_event_time` is the parse time",
            1 => paths[0],
            _ => "the first of " + JoinWords(paths) + " that the event holds with a valid value",
        };
    }

    private static string DescribeEnvelope(Envelope envelope)
    {
        var member = MarkdownText.Code(envelope.Member);
        var text = envelope.Kind switch
        {
            EnvelopeKind.ArrayMember => "each element of the " + member + " array of a document such as "
                + MarkdownText.Code("{\"" + envelope.Member + "\":[...]}"),
            EnvelopeKind.ObjectMember => "the " + member + " object",
            _ => "the JSON text in " + MarkdownText.Code(envelope.Member + "[]." + envelope.MessageMember),
        };

        if (envelope.RequiredMembers.Count > 0)
        {
            text += ", when the document also has "
                + JoinWords([.. envelope.RequiredMembers.Select(MarkdownText.Code)]);
        }

        if (envelope.SkipMember is { } skip)
        {
            text += "; documents whose " + MarkdownText.Code(skip) + " is "
                + MarkdownText.Code(envelope.SkipValue ?? "") + " are skipped";
        }

        return text;
    }

    private static string DescribeRequired(SchemaField field) => (field.Required, field.IsEventTime) switch
    {
        (true, true) => "yes, event time",
        (true, false) => "yes",
        (false, true) => "event time",
        _ => "",
    };

    private static string DescribeIndicators(SchemaField field)
    {
        var kinds = field.Indicators.Select(k => MarkdownText.Code(k.Name)).ToList();
        if (field.KeyIndicators.Count > 0)
        {
            kinds.Add("by member name");
        }

        return string.Join(", ", kinds);
    }

    private static string DescribeField(SchemaField field)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(field.Description))
        {
            parts.Add(field.Description);
        }

        if (field.AllowedValues.Count > 0)
        {
            parts.Add("Allowed values: " + string.Join(", ", field.AllowedValues.Select(MarkdownText.Code)) + ".");
        }

        if (field.DeniedValues.Count > 0)
        {
            parts.Add("Denied values: " + string.Join(", ", field.DeniedValues.Select(MarkdownText.Code)) + ".");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Joins words as prose: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>.</summary>
    internal static string JoinWords(IReadOnlyList<string> words) => words.Count switch
    {
        0 => "",
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
    };

    /// <summary>Writes one table row; each cell is escaped.</summary>
    internal static void Row(StringBuilder page, params ReadOnlySpan<string> cells)
    {
        page.Append('|');
        foreach (var cell in cells)
        {
            var text = MarkdownText.Cell(cell);
            page.Append(text.Length == 0 ? " |" : " " + text + " |");
        }

        page.Append('\n');
    }

    /// <summary>Writes one line and an LF.</summary>
    internal static void Line(StringBuilder page, string text = "") => page.Append(text).Append('\n');

    /// <summary>Hands out heading anchors, numbering repeats the way Markdown renderers do.</summary>
    private sealed class AnchorSet
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Add(string heading)
        {
            var slug = MarkdownText.Slug(heading);
            if (!_seen.TryGetValue(slug, out var count))
            {
                _seen.Add(slug, 1);
                return slug;
            }

            _seen[slug] = count + 1;
            return slug + "-" + count.ToString(CultureInfo.InvariantCulture);
        }
    }
}
