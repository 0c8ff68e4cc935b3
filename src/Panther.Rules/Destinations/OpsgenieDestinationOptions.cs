namespace Panther.Rules.Destinations;

/// <summary>Settings of an Opsgenie destination (the Alert API v2 of an API integration).</summary>
public sealed class OpsgenieDestinationOptions : AlertDestinationOptions
{
    /// <summary>Gets or sets the API integration's key, sent as <c>GenieKey</c> authorization; a secret.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the region whose API is used when <see cref="BaseUrl"/> is null.</summary>
    public OpsgenieRegion Region { get; set; } = OpsgenieRegion.Us;

    /// <summary>
    /// Gets or sets an API base URL that overrides <see cref="Region"/>; alerts go to <c>{base}/v2/alerts</c>.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Gets the base URL in effect: <see cref="BaseUrl"/>, else the one of <see cref="Region"/>.</summary>
    public Uri EffectiveBaseUrl => BaseUrl ?? (Region == OpsgenieRegion.Eu
        ? new Uri("https://api.eu.opsgenie.com")
        : new Uri("https://api.opsgenie.com"));

    /// <inheritdoc/>
    public override void Validate(string destinationId)
    {
        RequireText(ApiKey, nameof(ApiKey), destinationId);
        RequireHttpUrl(EffectiveBaseUrl, nameof(BaseUrl), destinationId);
    }

    /// <summary>Describes the options with the API key masked.</summary>
    /// <returns>A text without secrets.</returns>
    public override string ToString() =>
        $"Opsgenie {SecretRedaction.RedactUrl(EffectiveBaseUrl)}, API key {SecretRedaction.Presence(ApiKey)}; " +
        DescribeRouting();
}
