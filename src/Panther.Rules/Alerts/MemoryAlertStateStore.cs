using System.Collections.Concurrent;

namespace Panther.Rules.Alerts;

/// <summary>Keeps deduplication state in memory; it is lost when the process ends. The default store.</summary>
public sealed class MemoryAlertStateStore : IAlertStateStore
{
    private readonly ConcurrentDictionary<AlertKey, AlertState> _states = new();

    /// <summary>Gets the number of keys held.</summary>
    public int Count => _states.Count;

    /// <inheritdoc />
    public AlertState? Find(AlertKey key) => _states.GetValueOrDefault(key);

    /// <inheritdoc />
    public void Save(AlertState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states[state.Key] = state;
    }

    /// <inheritdoc />
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    internal IEnumerable<AlertState> All => _states.Values;

    internal void Load(IEnumerable<AlertState> states)
    {
        foreach (var state in states)
        {
            _states[state.Key] = state;
        }
    }

    internal int RemoveOlderThan(DateTime cutoff)
    {
        var removed = 0;
        foreach (var (key, state) in _states)
        {
            if (state.Alert.UpdateTime < cutoff && _states.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return removed;
    }
}
