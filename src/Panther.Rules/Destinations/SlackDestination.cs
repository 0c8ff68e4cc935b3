using System.Globalization;
using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Posts alerts to a Slack incoming webhook: a plain <c>text</c> for notifications and a few Block Kit blocks (a
/// header, the key fields, the description, the alert id) for the channel.
/// </summary>
public sealed class SlackDestination : HttpAlertDestination
{
    private const int MaxHeaderLength = 150;
    private const int MaxSectionLength = 3000;

    private readonly Uri _webhookUrl;

    /// <summary>Initializes a new instance of the <see cref="SlackDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    public SlackDestination(
        string id, string name, SlackDestinationOptions options, IHttpClientFactory httpClientFactory)
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

    /// <summary>Escapes the three characters Slack reads as markup.</summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    private static void WriteMessage(Utf8JsonWriter writer, Alert alert)
    {
        var severity = SeverityText.ToUpperName(alert.Severity);
        var kind = alert.Type == AlertType.RuleError ? "Rule error" : "Alert";
        writer.WriteStartObject();
        writer.WriteString("text", $"[{severity}] {kind}: {Escape(alert.Title)}");
        writer.WriteStartArray("blocks");

        writer.WriteStartObject();
        writer.WriteString("type", "header");
        WriteText(writer, "plain_text", AlertJson.Truncate($"{kind}: {alert.Title}", MaxHeaderLength));
        writer.WriteEndObject();

        writer.WriteStartObject();
        writer.WriteString("type", "section");
        writer.WriteStartArray("fields");
        WriteTextValue(writer, "mrkdwn", $"*Severity*\n{severity}");
        WriteTextValue(writer, "mrkdwn", $"*Rule*\n{Escape(alert.RuleId)}");
        WriteTextValue(writer, "mrkdwn", string.Create(CultureInfo.InvariantCulture, $"*Events*\n{alert.EventCount}"));
        WriteTextValue(writer, "mrkdwn", $"*Log types*\n{Escape(string.Join(", ", alert.LogTypes))}");
        writer.WriteEndArray();
        writer.WriteEndObject();

        var detail = alert.Type == AlertType.RuleError ? alert.Error : alert.Description;
        if (!string.IsNullOrWhiteSpace(detail))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "section");
            WriteText(writer, "mrkdwn", AlertJson.Truncate(Escape(detail), MaxSectionLength));
            writer.WriteEndObject();
        }

        if (AlertSummaryText.Format(alert.SummaryJson) is { } summary)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "section");
            WriteText(writer, "mrkdwn", AlertJson.Truncate(Escape(summary), MaxSectionLength));
            writer.WriteEndObject();
        }

        writer.WriteStartObject();
        writer.WriteString("type", "context");
        writer.WriteStartArray("elements");
        var created = AlertJson.FormatTime(alert.CreationTime);
        WriteTextValue(writer, "mrkdwn", $"Alert `{Escape(alert.Id)}` created {created}");
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string type, string text)
    {
        writer.WritePropertyName("text");
        WriteTextValue(writer, type, text);
    }

    private static void WriteTextValue(Utf8JsonWriter writer, string type, string text)
    {
        writer.WriteStartObject();
        writer.WriteString("type", type);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }
}
