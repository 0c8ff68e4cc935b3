namespace Panther.Sinks.Search;

/// <summary>The time range of a search over <c>p_event_time</c>: from (inclusive) and to (exclusive); either end
/// may be open.</summary>
/// <param name="From">The earliest event time, or <see langword="null"/>.</param>
/// <param name="To">The time events must be before, or <see langword="null"/>.</param>
public readonly record struct SearchRange(DateTimeOffset? From, DateTimeOffset? To);
