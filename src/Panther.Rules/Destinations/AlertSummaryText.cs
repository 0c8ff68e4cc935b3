using System.Globalization;
using System.Text;
using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Writes an alert summary (<see cref="AlertSummary.ToJson"/>) as lines for people: one per attribute with its most
/// frequent values and their counts, such as <c>sourceIPAddress: 203.0.113.7 (12), 198.51.100.1 (3), 2 more</c>.
/// </summary>
public static class AlertSummaryText
{
    /// <summary>The most values shown per attribute; the rest are counted as "N more".</summary>
    public const int MaxValuesShown = 5;

    private const int MaxValueLength = 80;

    /// <summary>Formats a summary.</summary>
    /// <param name="summaryJson">The summary as JSON, or null.</param>
    /// <returns>The lines, or <see langword="null"/> when there is no summary, it has no attributes, or it is not
    /// a summary.</returns>
    public static string? Format(string? summaryJson)
    {
        if (string.IsNullOrWhiteSpace(summaryJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(summaryJson);
            if (!document.RootElement.TryGetProperty("attributes", out var attributes)
                || attributes.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var text = new StringBuilder();
            foreach (var attribute in attributes.EnumerateObject())
            {
                Line(text, attribute);
            }

            return text.Length == 0 ? null : text.ToString().TrimEnd('\n');
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Line(StringBuilder text, JsonProperty attribute)
    {
        if (attribute.Value.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var values = new List<string>();
        var hidden = 0;
        foreach (var entry in attribute.Value.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String
                || !entry.TryGetProperty("count", out var count) || !count.TryGetInt64(out var n))
            {
                hidden++;
                continue;
            }

            if (values.Count == MaxValuesShown)
            {
                hidden++;
                continue;
            }

            var shown = value.GetString()!.ReplaceLineEndings(" ");
            shown = shown.Length <= MaxValueLength
                ? shown
                : string.Concat(shown.AsSpan(0, MaxValueLength - 1), "\u2026");
            values.Add(string.Create(CultureInfo.InvariantCulture, $"{shown} ({n})"));
        }

        if (values.Count == 0 && hidden == 0)
        {
            return;
        }

        text.Append(attribute.Name).Append(": ").AppendJoin(", ", values);
        if (hidden > 0)
        {
            text.Append(values.Count > 0 ? ", " : "").Append(hidden.ToString(CultureInfo.InvariantCulture))
                .Append(" more");
        }

        text.Append('\n');
    }
}
