namespace Panther.Rules.Alerts;

/// <summary>
/// An alert: matches of one rule with one dedup key inside one dedup window, or failures of one rule grouped the same
/// way. Sent to destinations once its event count reaches the rule's threshold.
/// </summary>
public sealed record Alert
{
    /// <summary>Gets the deterministic alert id: a hash of the rule id, the alert count of the key and the
    /// dedup.</summary>
    public required string Id { get; init; }

    /// <summary>Gets what raised the alert.</summary>
    public AlertType Type { get; init; }

    /// <summary>Gets the rule id.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the rule's version when it was loaded from files, else null.</summary>
    public string? RuleVersion { get; init; }

    /// <summary>Gets the title of the first match.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the severity of the first match.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets the dedup string.</summary>
    public required string DedupKey { get; init; }

    /// <summary>Gets when the alert was created, in UTC.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Gets when the latest event was added, in UTC.</summary>
    public DateTime UpdateTime { get; init; }

    /// <summary>Gets the number of events in the alert.</summary>
    public long EventCount { get; init; }

    /// <summary>Gets the log types of the alert's events.</summary>
    public IReadOnlyList<string> LogTypes { get; init; } = [];

    /// <summary>Gets the rule's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the rule's framework references.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reports { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the alert context of the first match as JSON, or null.</summary>
    public string? ContextJson { get; init; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the runbook, or null.</summary>
    public string? Runbook { get; init; }

    /// <summary>Gets the reference, or null.</summary>
    public string? Reference { get; init; }

    /// <summary>
    /// Gets the destinations chosen by the rule (its <c>destinations</c> function, then its spec's overrides); empty
    /// to route by severity. One entry <c>SKIP</c>, or <see cref="Suppressed"/>, sends nothing.
    /// </summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>Gets a value indicating whether the rule suppressed delivery (an empty destinations result).</summary>
    public bool Suppressed { get; init; }

    /// <summary>Gets the error of the first failure, for rule-error alerts.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Gets the summary of the alert's events as JSON (<see cref="AlertSummary.ToJson"/>): the distinct values of the
    /// rule's <c>SummaryAttributes</c> with their counts, and the first and last event time; null when the rule has
    /// no summary attributes or the summary is not known yet.
    /// </summary>
    public string? SummaryJson { get; init; }
}
