using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Sends each alert to the destinations <see cref="AlertRouter"/> picks, all at once. Retries, back-off and timeouts
/// happen in each destination's HTTP client; the dispatcher waits for every destination, logs each failure and
/// returns one <see cref="DeliveryResult"/> per destination. It never throws because a destination failed; only
/// cancellation by the caller ends a dispatch early. A custom destination that does not send through the clients
/// that <see cref="AlertDestinationServiceCollectionExtensions"/> registers is called once, without retries.
/// </summary>
public sealed class AlertDispatcher
{
    private readonly AlertRouter _router;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="AlertDispatcher"/> class.</summary>
    /// <param name="router">Picks the destinations.</param>
    /// <param name="logger">Receives delivery failures; nothing is logged when null.</param>
    public AlertDispatcher(AlertRouter router, ILogger<AlertDispatcher>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(router);
        _router = router;
        _logger = logger ?? NullLogger<AlertDispatcher>.Instance;
    }

    /// <summary>Routes an alert and sends it to each of its destinations concurrently.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Cancels every delivery.</param>
    /// <returns>One result per routed destination, in routing order; empty when the alert goes nowhere.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<DeliveryResult>> DispatchAsync(
        Alert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var route = _router.Route(alert);
        foreach (var name in route.UnknownNames)
        {
            AlertDispatcherLog.UnknownDestination(_logger, alert.Id, alert.RuleId, name);
        }

        if (route.Suppressed)
        {
            AlertDispatcherLog.Suppressed(_logger, alert.Id, alert.RuleId);
            return [];
        }

        if (route.Destinations.Count == 0)
        {
            AlertDispatcherLog.NoDestination(_logger, alert.Id, alert.RuleId, alert.Severity, alert.Type);
            return [];
        }

        var deliveries = route.Destinations.Select(d => DeliverAsync(alert, d, cancellationToken)).ToArray();
        return await Task.WhenAll(deliveries).ConfigureAwait(false);
    }

    private async Task<DeliveryResult> DeliverAsync(
        Alert alert, IAlertDestination destination, CancellationToken cancellationToken)
    {
        // Yield first so that every destination starts before any of them blocks, and so that the attempt count
        // below belongs to this delivery's own async flow.
        await Task.Yield();
        var attempts = DeliveryAttempts.Start();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await destination.SendAsync(alert, cancellationToken).ConfigureAwait(false);
            var counted = attempts.Count == 0 ? (int?)null : attempts.Count;
            AlertDispatcherLog.Delivered(_logger, alert.Id, destination.Id, destination.Name, counted);
            return new DeliveryResult
            {
                DestinationId = destination.Id,
                DestinationName = destination.Name,
                Succeeded = true,
                Attempts = counted,
                StatusCode = attempts.LastStatus,
                Elapsed = Stopwatch.GetElapsedTime(started),
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failing destination, whatever the cause, must not stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var counted = attempts.Count == 0 ? (int?)null : attempts.Count;
            var status = (ex as AlertDeliveryException)?.StatusCode ?? attempts.LastStatus;
            var error = ex is AlertDeliveryException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            AlertDispatcherLog.DeliveryFailed(
                _logger, alert.Id, destination.Id, destination.Name, counted, status, error);
            return new DeliveryResult
            {
                DestinationId = destination.Id,
                DestinationName = destination.Name,
                Succeeded = false,
                Attempts = counted,
                StatusCode = status,
                Error = error,
                Elapsed = Stopwatch.GetElapsedTime(started),
            };
        }
    }
}
