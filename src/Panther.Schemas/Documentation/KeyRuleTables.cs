using System.Text;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Schemas.Documentation;

/// <summary>
/// Writes the <see cref="SchemaField.KeyIndicators"/> of a schema's fields as tables, one per distinct list of rules,
/// naming the fields that share it.
/// </summary>
internal static class KeyRuleTables
{
    /// <summary>Writes a table per distinct rule list; writes nothing when no field has key rules.</summary>
    /// <param name="page">Where the Markdown goes.</param>
    /// <param name="fields">The schema's fields with their paths.</param>
    public static void Write(StringBuilder page, IReadOnlyList<SchemaFieldPaths.Entry> fields)
    {
        var groups = new List<(IReadOnlyList<KeyIndicatorRule> Rules, List<string> Paths)>();
        foreach (var (path, field) in fields)
        {
            if (field.KeyIndicators.Count == 0)
            {
                continue;
            }

            var group = groups.FindIndex(g => g.Rules.SequenceEqual(field.KeyIndicators));
            if (group < 0)
            {
                groups.Add((field.KeyIndicators, []));
                group = groups.Count - 1;
            }

            groups[group].Paths.Add(MarkdownText.Code(path));
        }

        foreach (var (rules, paths) in groups)
        {
            SchemaMarkdown.Line(page);
            SchemaMarkdown.Line(page, "Indicators found by member name, at any depth, in "
                + SchemaMarkdown.JoinWords(paths) + ":");
            SchemaMarkdown.Line(page);
            SchemaMarkdown.Line(page, "| Member | Indicator |");
            SchemaMarkdown.Line(page, "|---|---|");
            foreach (var rule in rules)
            {
                SchemaMarkdown.Row(page, DescribeMember(rule), DescribeKind(rule.Kind));
            }
        }
    }

    private static string DescribeMember(KeyIndicatorRule rule) => rule.Match switch
    {
        KeyMatch.Exact => MarkdownText.Code(rule.Name!),
        KeyMatch.Suffix => "name ending in " + MarkdownText.Code(rule.Name!),
        _ => "any string value",
    };

    private static string DescribeKind(IndicatorKind kind)
    {
        var name = MarkdownText.Code(kind.Name);
        return ReferenceEquals(kind, IndicatorKind.AwsTag)
            ? name + ": a `key:value` string, a list of `{key, value}` objects (also inside `items`) or a map"
            : name;
    }
}
