namespace Panther.Sinks.Writing;

/// <summary>
/// The rule columns stored beside an event in the <c>rule_matches/</c> and <c>rule_errors/</c> tables:
/// <c>p_rule_id</c>, <c>p_alert_id</c>, <c>p_alert_context</c>, <c>p_alert_creation_time</c>,
/// <c>p_alert_update_time</c>, <c>p_rule_tags</c>, <c>p_rule_reports</c> and, for errors, <c>p_rule_error</c>.
/// </summary>
public sealed record RuleMatchInfo
{
    /// <summary>Gets the rule id (<c>p_rule_id</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>
    /// Gets the alert the match belongs to (<c>p_alert_id</c>); null for a signal (a rule with
    /// <c>CreateAlert: false</c>), whose matches are recorded without an alert.
    /// </summary>
    public string? AlertId { get; init; }

    /// <summary>Gets the alert context as a JSON object (<c>p_alert_context</c>), or null.</summary>
    public string? AlertContextJson { get; init; }

    /// <summary>Gets when the alert was created, UTC (<c>p_alert_creation_time</c>); null for a signal.</summary>
    public DateTime? AlertCreationTime { get; init; }

    /// <summary>Gets when the alert was last updated, UTC (<c>p_alert_update_time</c>); null for a signal.</summary>
    public DateTime? AlertUpdateTime { get; init; }

    /// <summary>Gets the rule's tags (<c>p_rule_tags</c>).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Gets the rule's framework references (<c>p_rule_reports</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reports { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Gets the rule error (<c>p_rule_error</c>); when set the row goes to <c>rule_errors/</c>.</summary>
    public string? Error { get; init; }
}
