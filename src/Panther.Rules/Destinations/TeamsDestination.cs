using System.Globalization;
using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Posts alerts to a Microsoft Teams webhook as a message with one Adaptive Card attachment: the title, a fact set of
/// the key fields and the description.
/// </summary>
public sealed class TeamsDestination : HttpAlertDestination
{
    private readonly Uri _webhookUrl;

    /// <summary>Initializes a new instance of the <see cref="TeamsDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    public TeamsDestination(
        string id, string name, TeamsDestinationOptions options, IHttpClientFactory httpClientFactory)
        : base(id, name, options, httpClientFactory)
    {
        _webhookUrl = options.WebhookUrl!;
    }

    /// <inheritdoc/>
    protected override string RedactedEndpoint => SecretRedaction.RedactUrl(_webhookUrl);

    /// <inheritdoc/>
    protected override IEnumerable<string?> Secrets => [_webhookUrl.AbsolutePath, _webhookUrl.Query];

    /// <inheritdoc/>
    protected override HttpRequestMessage CreateRequest(Alert alert)
    {
        var body = AlertJson.Write(writer => WriteMessage(writer, alert));
        return new HttpRequestMessage(HttpMethod.Post, _webhookUrl) { Content = AlertJson.Content(body) };
    }

    private static void WriteMessage(Utf8JsonWriter writer, Alert alert)
    {
        var kind = alert.Type == AlertType.RuleError ? "Rule error" : "Alert";
        writer.WriteStartObject();
        writer.WriteString("type", "message");
        writer.WriteStartArray("attachments");
        writer.WriteStartObject();
        writer.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
        writer.WriteStartObject("content");
        writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("version", "1.4");
        writer.WriteStartArray("body");

        writer.WriteStartObject();
        writer.WriteString("type", "TextBlock");
        writer.WriteString("text", $"{kind}: {alert.Title}");
        writer.WriteString("size", "Large");
        writer.WriteString("weight", "Bolder");
        writer.WriteString("color", alert.Severity >= Severity.High ? "Attention" : "Default");
        writer.WriteBoolean("wrap", true);
        writer.WriteEndObject();

        writer.WriteStartObject();
        writer.WriteString("type", "FactSet");
        writer.WriteStartArray("facts");
        WriteFact(writer, "Severity", SeverityText.ToUpperName(alert.Severity));
        WriteFact(writer, "Rule", alert.RuleId);
        WriteFact(writer, "Events", alert.EventCount.ToString(CultureInfo.InvariantCulture));
        WriteFact(writer, "Log types", string.Join(", ", alert.LogTypes));
        WriteFact(writer, "Created", AlertJson.FormatTime(alert.CreationTime));
        WriteFact(writer, "Alert id", alert.Id);
        writer.WriteEndArray();
        writer.WriteEndObject();

        var detail = alert.Type == AlertType.RuleError ? alert.Error : alert.Description;
        if (!string.IsNullOrWhiteSpace(detail))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "TextBlock");
            writer.WriteString("text", detail);
            writer.WriteBoolean("wrap", true);
            writer.WriteEndObject();
        }

        if (AlertSummaryText.Format(alert.SummaryJson) is { } summary)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "TextBlock");
            writer.WriteString("text", summary);
            writer.WriteBoolean("wrap", true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter writer, string title, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("title", title);
        writer.WriteString("value", value);
        writer.WriteEndObject();
    }
}
