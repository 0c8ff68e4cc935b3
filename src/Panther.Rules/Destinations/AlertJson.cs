using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>Writes alerts and request bodies as JSON for the destinations.</summary>
internal static class AlertJson
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Writes a JSON document to bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Wraps JSON bytes as request content.</summary>
    public static ByteArrayContent Content(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>Writes the alert's fields as properties of the object the writer is in.</summary>
    public static void WriteAlertProperties(Utf8JsonWriter writer, Alert alert)
    {
        writer.WriteString("id", alert.Id);
        writer.WriteString("type", alert.Type == AlertType.RuleError ? "rule_error" : "rule");
        writer.WriteString("rule_id", alert.RuleId);
        WriteOptional(writer, "rule_version", alert.RuleVersion);
        writer.WriteString("title", alert.Title);
        writer.WriteString("severity", SeverityText.ToUpperName(alert.Severity));
        writer.WriteString("dedup_key", alert.DedupKey);
        writer.WriteString("creation_time", FormatTime(alert.CreationTime));
        writer.WriteString("update_time", FormatTime(alert.UpdateTime));
        writer.WriteNumber("event_count", alert.EventCount);
        WriteStrings(writer, "log_types", alert.LogTypes);
        WriteStrings(writer, "tags", alert.Tags);
        writer.WriteStartObject("reports");
        foreach (var (framework, references) in alert.Reports)
        {
            WriteStrings(writer, framework, references);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("context");
        WriteContext(writer, alert.ContextJson);
        WriteOptional(writer, "description", alert.Description);
        WriteOptional(writer, "runbook", alert.Runbook);
        WriteOptional(writer, "reference", alert.Reference);
        WriteOptional(writer, "error", alert.Error);
        writer.WritePropertyName("summary");
        WriteContext(writer, alert.SummaryJson);
    }

    /// <summary>Formats a UTC time as ISO 8601 with a Z.</summary>
    public static string FormatTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cuts a text to a maximum length, marking the cut with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "\u2026");

    private static void WriteContext(Utf8JsonWriter writer, string? contextJson)
    {
        if (string.IsNullOrWhiteSpace(contextJson))
        {
            writer.WriteNullValue();
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(contextJson);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(contextJson);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
