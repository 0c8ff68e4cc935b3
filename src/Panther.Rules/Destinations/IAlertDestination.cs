using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// A place alerts are delivered to: a chat channel, a paging service or a webhook. Register one with the
/// <c>Add...Destination</c> methods of <see cref="AlertDestinationServiceCollectionExtensions"/>; the
/// <see cref="AlertRouter"/> decides which destinations an alert goes to and the <see cref="AlertDispatcher"/>
/// sends it.
/// </summary>
public interface IAlertDestination
{
    /// <summary>Gets the destination's stable id; rules may name a destination by it.</summary>
    string Id { get; }

    /// <summary>Gets the destination's display name; rules may name a destination by it too.</summary>
    string Name { get; }

    /// <summary>
    /// Gets the severities this destination receives when a rule names no destinations. An empty set means the
    /// destination receives only the alerts whose rules name it.
    /// </summary>
    IReadOnlySet<Severity> DefaultSeverities { get; }

    /// <summary>Gets the kinds of alert (rule matches, rule errors) this destination receives.</summary>
    IReadOnlySet<AlertType> AlertTypes { get; }

    /// <summary>Delivers one alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>A task that completes when the destination accepted the alert.</returns>
    /// <exception cref="AlertDeliveryException">The destination refused the alert or could not be reached.</exception>
    Task SendAsync(Alert alert, CancellationToken cancellationToken);
}
