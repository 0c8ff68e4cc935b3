namespace Panther.Rules.Alerts;

/// <summary>
/// What the deduplicator remembers for one <see cref="AlertKey"/>: how many alerts the key has had and the current
/// one. Kept in an <see cref="IAlertStateStore"/>.
/// </summary>
public sealed record AlertState
{
    /// <summary>Gets the key.</summary>
    public required AlertKey Key { get; init; }

    /// <summary>Gets how many alerts the key has started, the current one included.</summary>
    public long AlertCount { get; init; }

    /// <summary>Gets the current alert.</summary>
    public required Alert Alert { get; init; }

    /// <summary>Gets a value indicating whether the current alert has reached its threshold and been raised.</summary>
    public bool Raised { get; init; }
}
