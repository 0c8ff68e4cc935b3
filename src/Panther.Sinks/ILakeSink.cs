using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Writing;

namespace Panther.Sinks;

/// <summary>
/// Receives batches of normalized events and stores them in a data lake. Hand every batch from
/// <see cref="LogReader"/> to <see cref="WriteAsync"/>, call <see cref="FlushAsync"/> when a unit of work is done
/// (the end of an input, a checkpoint), and dispose the sink to write what is still buffered.
/// </summary>
/// <remarks>
/// A sink copies what it needs from the events before <see cref="WriteAsync"/> returns, because the reader reuses
/// the batch and its events for the next records. Implementations serve one caller at a time.
/// </remarks>
public interface ILakeSink : IAsyncDisposable
{
    /// <summary>Adds the events of a batch to the sink; quarantined records in the batch are ignored.</summary>
    /// <param name="batch">The batch; it may be reused by its producer as soon as the call returns.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the events are buffered or written.</returns>
    ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default);

    /// <summary>Writes every buffered event to the lake, so that it is visible to queries when the call
    /// returns.</summary>
    /// <param name="cancellationToken">Stops the flush.</param>
    /// <returns>A task that completes when all buffered events are written.</returns>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an event that a rule matched (or failed on) to the <c>rule_matches/</c> (or <c>rule_errors/</c>) table
    /// of its log type, with the rule columns.
    /// </summary>
    /// <param name="evt">The event; it may be reused by its producer as soon as the call returns.</param>
    /// <param name="match">The rule columns.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the row is buffered or written.</returns>
    ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default);

    /// <summary>Writes alert snapshots to the <c>alerts/</c> table; a later snapshot of an alert supersedes
    /// it.</summary>
    /// <param name="alerts">The snapshots.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the snapshots are written.</returns>
    ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default);
}
