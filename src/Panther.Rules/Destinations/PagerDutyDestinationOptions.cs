namespace Panther.Rules.Destinations;

/// <summary>Settings of a PagerDuty Events API v2 destination.</summary>
public sealed class PagerDutyDestinationOptions : AlertDestinationOptions
{
    /// <summary>The public Events API host.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://events.pagerduty.com");

    /// <summary>Gets or sets the integration's routing key; a secret.</summary>
    public string? RoutingKey { get; set; }

    /// <summary>Gets or sets the Events API base URL; events go to <c>{BaseUrl}/v2/enqueue</c>.</summary>
    public Uri BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Gets or sets the <c>payload.source</c> PagerDuty shows as the affected system.</summary>
    public string Source { get; set; } = "panther";

    /// <inheritdoc/>
    public override void Validate(string destinationId)
    {
        RequireText(RoutingKey, nameof(RoutingKey), destinationId);
        RequireHttpUrl(BaseUrl, nameof(BaseUrl), destinationId);
        RequireText(Source, nameof(Source), destinationId);
    }

    /// <summary>Describes the options with the routing key masked.</summary>
    /// <returns>A text without secrets.</returns>
    public override string ToString() =>
        $"PagerDuty {SecretRedaction.RedactUrl(BaseUrl)}, routing key {SecretRedaction.Presence(RoutingKey)}; " +
        DescribeRouting();
}
