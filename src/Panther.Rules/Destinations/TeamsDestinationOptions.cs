namespace Panther.Rules.Destinations;

/// <summary>Settings of a Microsoft Teams destination: a Workflows webhook or a legacy incoming webhook.</summary>
public sealed class TeamsDestinationOptions : AlertDestinationOptions
{
    /// <summary>Gets or sets the webhook URL; a secret, since it carries its signature.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc/>
    public override void Validate(string destinationId) =>
        RequireHttpUrl(WebhookUrl, nameof(WebhookUrl), destinationId);

    /// <summary>Describes the options with the webhook reduced to scheme and host.</summary>
    /// <returns>A text without secrets.</returns>
    public override string ToString() =>
        $"Teams webhook {SecretRedaction.RedactUrl(WebhookUrl)}; {DescribeRouting()}";
}
