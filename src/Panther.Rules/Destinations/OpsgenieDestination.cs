using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Creates Opsgenie alerts through the Alert API v2. The alert id is the <c>alias</c>, so Opsgenie keeps one open
/// alert per Panther alert; severity maps to priority P1 (critical) to P5 (info). Alerts are only created, never
/// closed.
/// </summary>
public sealed class OpsgenieDestination : HttpAlertDestination
{
    private const int MaxMessageLength = 130;
    private const int MaxDescriptionLength = 15000;
    private const int MaxDetailValueLength = 8000;

    private readonly string _apiKey;
    private readonly Uri _endpoint;

    /// <summary>Initializes a new instance of the <see cref="OpsgenieDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    public OpsgenieDestination(
        string id, string name, OpsgenieDestinationOptions options, IHttpClientFactory httpClientFactory)
        : base(id, name, options, httpClientFactory)
    {
        _apiKey = options.ApiKey!;
        _endpoint = Combine(options.EffectiveBaseUrl, "v2/alerts");
    }

    /// <inheritdoc/>
    protected override string RedactedEndpoint => SecretRedaction.RedactUrl(_endpoint);

    /// <inheritdoc/>
    protected override IEnumerable<string?> Secrets => [_apiKey];

    /// <summary>Maps a severity to an Opsgenie priority.</summary>
    /// <param name="severity">The alert's severity.</param>
    /// <returns><c>P1</c> for critical down to <c>P5</c> for info.</returns>
    public static string MapPriority(Severity severity) => severity switch
    {
        Severity.Critical => "P1",
        Severity.High => "P2",
        Severity.Medium => "P3",
        Severity.Low => "P4",
        _ => "P5",
    };

    /// <inheritdoc/>
    protected override HttpRequestMessage CreateRequest(Alert alert)
    {
        var body = AlertJson.Write(writer => WriteAlert(writer, alert));
        var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = AlertJson.Content(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("GenieKey", _apiKey);
        return request;
    }

    private static void WriteAlert(Utf8JsonWriter writer, Alert alert)
    {
        var description = alert.Type == AlertType.RuleError ? alert.Error : alert.Description;
        writer.WriteStartObject();
        writer.WriteString("message", AlertJson.Truncate(alert.Title, MaxMessageLength));
        writer.WriteString("alias", alert.Id);
        if (!string.IsNullOrWhiteSpace(description))
        {
            writer.WriteString("description", AlertJson.Truncate(description, MaxDescriptionLength));
        }

        writer.WriteString("priority", MapPriority(alert.Severity));
        writer.WriteString("source", "panther");
        writer.WriteString("entity", alert.RuleId);
        writer.WriteStartArray("tags");
        foreach (var tag in alert.Tags)
        {
            writer.WriteStringValue(tag);
        }

        writer.WriteEndArray();
        writer.WriteStartObject("details");
        writer.WriteString("rule_id", alert.RuleId);
        writer.WriteString("type", alert.Type == AlertType.RuleError ? "rule_error" : "rule");
        writer.WriteString("severity", SeverityText.ToUpperName(alert.Severity));
        writer.WriteString("dedup_key", AlertJson.Truncate(alert.DedupKey, MaxDetailValueLength));
        writer.WriteString("event_count", alert.EventCount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("log_types", string.Join(",", alert.LogTypes));
        writer.WriteString("creation_time", AlertJson.FormatTime(alert.CreationTime));
        if (alert.ContextJson is not null)
        {
            writer.WriteString("context", AlertJson.Truncate(alert.ContextJson, MaxDetailValueLength));
        }

        if (AlertSummaryText.Format(alert.SummaryJson) is { } summary)
        {
            writer.WriteString("summary", AlertJson.Truncate(summary, MaxDetailValueLength));
        }

        if (alert.Runbook is not null)
        {
            writer.WriteString("runbook", AlertJson.Truncate(alert.Runbook, MaxDetailValueLength));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
