namespace Panther.Rules.Destinations;

/// <summary>Settings of a Slack incoming webhook destination.</summary>
public sealed class SlackDestinationOptions : AlertDestinationOptions
{
    /// <summary>Gets or sets the incoming webhook URL; a secret, since its path is the token.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <inheritdoc/>
    public override void Validate(string destinationId) =>
        RequireHttpUrl(WebhookUrl, nameof(WebhookUrl), destinationId);

    /// <summary>Describes the options with the webhook reduced to scheme and host.</summary>
    /// <returns>A text without secrets.</returns>
    public override string ToString() =>
        $"Slack webhook {SecretRedaction.RedactUrl(WebhookUrl)}; {DescribeRouting()}";
}
