namespace Panther.Rules.Destinations;

/// <summary>Keeps credentials out of text that may be logged or returned.</summary>
internal static class SecretRedaction
{
    private const string Mask = "***";

    /// <summary>Reduces a URL to its scheme and host; webhook URLs carry their token in the path.</summary>
    public static string RedactUrl(Uri? url)
    {
        if (url is null)
        {
            return "(none)";
        }

        return url.IsAbsoluteUri ? $"{url.Scheme}://{url.Host}" : Mask;
    }

    /// <summary>Shows whether a secret is set without showing it.</summary>
    public static string Presence(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Mask;

    /// <summary>Replaces every occurrence of each secret in a text, as a last line of defence.</summary>
    public static string Scrub(string text, IEnumerable<string?> secrets)
    {
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
