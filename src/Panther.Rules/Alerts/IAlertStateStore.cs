namespace Panther.Rules.Alerts;

/// <summary>
/// Where alert deduplication state lives between batches and, for durable stores, between runs. The deduplicator
/// calls it from one thread at a time.
/// </summary>
public interface IAlertStateStore
{
    /// <summary>Gets the state of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The state, or <see langword="null"/> when the key has never matched.</returns>
    AlertState? Find(AlertKey key);

    /// <summary>Stores the state of a key, replacing the previous one.</summary>
    /// <param name="state">The state.</param>
    void Save(AlertState state);

    /// <summary>Makes the stored state durable; a no-op for memory stores.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the state is durable.</returns>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
