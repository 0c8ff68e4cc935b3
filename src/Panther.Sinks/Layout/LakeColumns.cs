namespace Panther.Sinks.Layout;

/// <summary>Names of the lake columns that are not standard event fields (those are in
/// <c>Panther.Schemas.StandardFields</c>).</summary>
public static class LakeColumns
{
    /// <summary>
    /// A JSON object, as a string, of the values that have no typed column: members the schema does not name, and
    /// values that did not fit their declared type. Keys are field paths such as <c>userIdentity.extra</c> or
    /// <c>resources[1].ARN</c>; the column is null when there are none.
    /// </summary>
    public const string Overflow = "p_overflow";

    /// <summary>The rule id, in <c>rule_matches/</c> and <c>rule_errors/</c> tables.</summary>
    public const string RuleId = "p_rule_id";

    /// <summary>The id of the alert the match counted towards.</summary>
    public const string AlertId = "p_alert_id";

    /// <summary>The rule's alert context, a JSON object as a string; null when the rule gave none.</summary>
    public const string AlertContext = "p_alert_context";

    /// <summary>When the alert was created (UTC timestamp).</summary>
    public const string AlertCreationTime = "p_alert_creation_time";

    /// <summary>When the alert was last updated, as of this match (UTC timestamp).</summary>
    public const string AlertUpdateTime = "p_alert_update_time";

    /// <summary>The rule's tags, a list of strings.</summary>
    public const string RuleTags = "p_rule_tags";

    /// <summary>The rule's framework references, a map from framework name to a list of strings.</summary>
    public const string RuleReports = "p_rule_reports";

    /// <summary>The error the rule raised on the event; only in <c>rule_errors/</c> tables.</summary>
    public const string RuleError = "p_rule_error";
}
