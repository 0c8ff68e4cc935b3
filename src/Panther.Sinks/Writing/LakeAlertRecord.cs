namespace Panther.Sinks.Writing;

/// <summary>One snapshot of an alert, as stored in the lake's <c>alerts/</c> table.</summary>
public sealed record LakeAlertRecord
{
    /// <summary>Gets the alert id.</summary>
    public required string AlertId { get; init; }

    /// <summary>Gets the alert type: <c>RULE</c> or <c>RULE_ERROR</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets the rule id.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the rule version, or null.</summary>
    public string? RuleVersion { get; init; }

    /// <summary>Gets the title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the severity in upper case (<c>HIGH</c>).</summary>
    public required string Severity { get; init; }

    /// <summary>Gets the dedup string.</summary>
    public required string Dedup { get; init; }

    /// <summary>Gets when the alert was created, UTC.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Gets when the alert was last updated, UTC.</summary>
    public DateTime UpdateTime { get; init; }

    /// <summary>Gets the number of events.</summary>
    public long EventCount { get; init; }

    /// <summary>Gets a value indicating whether the alert reached its threshold and was sent.</summary>
    public bool Raised { get; init; }

    /// <summary>Gets the log types of the events.</summary>
    public IReadOnlyList<string> LogTypes { get; init; } = [];

    /// <summary>Gets the rule's tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the rule's framework references.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reports { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the alert context as JSON, or null.</summary>
    public string? ContextJson { get; init; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the runbook, or null.</summary>
    public string? Runbook { get; init; }

    /// <summary>Gets the reference, or null.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the destinations the alert was routed to.</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>Gets the rule error, for rule-error alerts.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// Gets the summary of the rule's <c>SummaryAttributes</c> over the events this run added, as JSON, or null.
    /// </summary>
    public string? SummaryJson { get; init; }
}
