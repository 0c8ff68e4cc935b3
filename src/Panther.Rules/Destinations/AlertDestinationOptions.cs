using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Settings every destination has: which severities it receives by default and which kinds of alert it takes.
/// Derived options add the endpoint and its credentials.
/// </summary>
public abstract class AlertDestinationOptions
{
    /// <summary>
    /// Gets the severities the destination receives when a rule names no destinations. Empty by default: such a
    /// destination receives only the alerts whose rules name it.
    /// </summary>
    public ISet<Severity> DefaultSeverities { get; } = new HashSet<Severity>();

    /// <summary>Gets the kinds of alert the destination receives; rule matches and rule errors by default.</summary>
    public ISet<AlertType> AlertTypes { get; } = new HashSet<AlertType> { AlertType.Rule, AlertType.RuleError };

    /// <summary>Checks that the options are complete; messages name the missing setting, never its value.</summary>
    /// <param name="destinationId">The id of the destination the options belong to, for the message.</param>
    /// <exception cref="InvalidOperationException">A required setting is missing or malformed.</exception>
    public abstract void Validate(string destinationId);

    /// <summary>Describes the routing settings, for the <c>ToString</c> of derived options.</summary>
    /// <returns>A short text without secrets.</returns>
    protected string DescribeRouting() =>
        $"severities [{string.Join(", ", DefaultSeverities.Order())}], " +
        $"types [{string.Join(", ", AlertTypes.Order())}]";

    /// <summary>Throws when an absolute http or https URL is missing.</summary>
    /// <param name="url">The URL.</param>
    /// <param name="setting">The setting's name.</param>
    /// <param name="destinationId">The destination id.</param>
    /// <exception cref="InvalidOperationException">The URL is missing, relative, or not http(s).</exception>
    protected static void RequireHttpUrl(Uri? url, string setting, string destinationId)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"Alert destination '{destinationId}' needs {setting}: an absolute http or https URL.");
        }
    }

    /// <summary>Throws when a required text setting is missing.</summary>
    /// <param name="value">The value.</param>
    /// <param name="setting">The setting's name.</param>
    /// <param name="destinationId">The destination id.</param>
    /// <exception cref="InvalidOperationException">The value is null, empty or white space.</exception>
    protected static void RequireText(string? value, string setting, string destinationId)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"Alert destination '{destinationId}' needs {setting}.");
        }
    }
}
