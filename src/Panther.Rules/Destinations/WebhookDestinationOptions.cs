namespace Panther.Rules.Destinations;

/// <summary>Settings of a generic webhook destination that posts signed alert JSON.</summary>
public sealed class WebhookDestinationOptions : AlertDestinationOptions
{
    /// <summary>Gets or sets the receiver's URL; treated as a secret, since such URLs often carry a token.</summary>
    public Uri? Url { get; set; }

    /// <summary>Gets or sets the shared secret the body is signed with (HMAC-SHA256); a secret.</summary>
    public string? Secret { get; set; }

    /// <inheritdoc/>
    public override void Validate(string destinationId)
    {
        RequireHttpUrl(Url, nameof(Url), destinationId);
        RequireText(Secret, nameof(Secret), destinationId);
    }

    /// <summary>Describes the options with the URL reduced to scheme and host and the secret masked.</summary>
    /// <returns>A text without secrets.</returns>
    public override string ToString() =>
        $"Webhook {SecretRedaction.RedactUrl(Url)}, secret {SecretRedaction.Presence(Secret)}; {DescribeRouting()}";
}
