using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Triggers PagerDuty alerts through the Events API v2. The alert id is the <c>dedup_key</c>, so a repeated delivery
/// of the same alert updates one PagerDuty alert instead of opening another. Sends only <c>trigger</c> events: the
/// PagerDuty alert is not resolved when the Panther alert closes.
/// </summary>
public sealed class PagerDutyDestination : HttpAlertDestination
{
    private const int MaxSummaryLength = 1024;

    private readonly PagerDutyDestinationOptions _options;
    private readonly Uri _endpoint;

    /// <summary>Initializes a new instance of the <see cref="PagerDutyDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    public PagerDutyDestination(
        string id, string name, PagerDutyDestinationOptions options, IHttpClientFactory httpClientFactory)
        : base(id, name, options, httpClientFactory)
    {
        _options = options;
        _endpoint = Combine(options.BaseUrl, "v2/enqueue");
    }

    /// <inheritdoc/>
    protected override string RedactedEndpoint => SecretRedaction.RedactUrl(_endpoint);

    /// <inheritdoc/>
    protected override IEnumerable<string?> Secrets => [_options.RoutingKey];

    /// <summary>Maps a severity to PagerDuty's four levels.</summary>
    /// <param name="severity">The alert's severity.</param>
    /// <returns><c>critical</c>, <c>error</c>, <c>warning</c> or <c>info</c>.</returns>
    public static string MapSeverity(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.High => "error",
        Severity.Medium => "warning",
        _ => "info",
    };

    /// <inheritdoc/>
    protected override HttpRequestMessage CreateRequest(Alert alert)
    {
        var body = AlertJson.Write(writer => WriteEvent(writer, alert));
        return new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = AlertJson.Content(body) };
    }

    private void WriteEvent(Utf8JsonWriter writer, Alert alert)
    {
        writer.WriteStartObject();
        writer.WriteString("routing_key", _options.RoutingKey);
        writer.WriteString("event_action", "trigger");
        writer.WriteString("dedup_key", alert.Id);
        writer.WriteStartObject("payload");
        writer.WriteString("summary", AlertJson.Truncate(alert.Title, MaxSummaryLength));
        writer.WriteString("source", _options.Source);
        writer.WriteString("severity", MapSeverity(alert.Severity));
        writer.WriteString("timestamp", AlertJson.FormatTime(alert.CreationTime));
        writer.WriteString("component", alert.RuleId);
        writer.WriteString("class", alert.Type == AlertType.RuleError ? "rule_error" : "rule");
        if (alert.LogTypes.Count > 0)
        {
            writer.WriteString("group", string.Join(",", alert.LogTypes));
        }

        writer.WriteStartObject("custom_details");
        AlertJson.WriteAlertProperties(writer, alert);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
