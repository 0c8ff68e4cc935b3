using System.Globalization;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Posts the alert as JSON to any HTTPS receiver, signed with <see cref="WebhookSignature"/> so the receiver can
/// check that the body came from us, unchanged, and recently.
/// </summary>
public sealed class WebhookDestination : HttpAlertDestination
{
    private readonly Uri _url;
    private readonly string _secret;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="WebhookDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    /// <param name="timeProvider">Gives the signing time; the system clock when null.</param>
    public WebhookDestination(
        string id,
        string name,
        WebhookDestinationOptions options,
        IHttpClientFactory httpClientFactory,
        TimeProvider? timeProvider = null)
        : base(id, name, options, httpClientFactory)
    {
        _url = options.Url!;
        _secret = options.Secret!;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override string RedactedEndpoint => SecretRedaction.RedactUrl(_url);

    /// <inheritdoc/>
    protected override IEnumerable<string?> Secrets => [_secret, _url.AbsolutePath, _url.Query];

    /// <inheritdoc/>
    protected override HttpRequestMessage CreateRequest(Alert alert)
    {
        var body = AlertJson.Write(writer =>
        {
            writer.WriteStartObject();
            AlertJson.WriteAlertProperties(writer, alert);
            writer.WriteEndObject();
        });
        var timestamp = _timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = AlertJson.Content(body) };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Compute(_secret, timestamp, body));
        request.Headers.Add(WebhookSignature.AlertIdHeader, alert.Id);
        return request;
    }
}
