namespace Panther.Rules.Evaluation;

/// <summary>
/// The outcome of one rule on one event that needs attention: a match, described with the rule's functions and
/// their fallbacks, or a rule error.
/// </summary>
public sealed record RuleResult
{
    /// <summary>Gets the rule.</summary>
    public required RuleDefinition Rule { get; init; }

    /// <summary>Gets the error, when the rule failed; such results form rule-error alerts.</summary>
    public RuleError? Error { get; init; }

    /// <summary>Gets a value indicating whether the rule failed on the event.</summary>
    public bool IsError => Error is not null;

    /// <summary>Gets the alert title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the dedup string (without the rule id), at most 1,000 characters.</summary>
    public required string DedupKey { get; init; }

    /// <summary>Gets the severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the alert context as a JSON object, or null.</summary>
    public string? AlertContextJson { get; init; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the runbook, at most 1,000 characters, or null.</summary>
    public string? Runbook { get; init; }

    /// <summary>Gets the reference, or null.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the destinations the rule chose for this event, or null to route by spec and severity.</summary>
    public IReadOnlyList<string>? Destinations { get; init; }
}
