namespace Panther.Sinks.Layout;

/// <summary>The databases of the lake; each is a top-level folder (prefix) holding one folder per table.</summary>
public enum LakeDatabase
{
    /// <summary>Normalized events, one table per log type: <c>logs/</c>.</summary>
    Logs,

    /// <summary>Events that matched a detection rule: <c>rule_matches/</c>.</summary>
    RuleMatches,

    /// <summary>Events on which a rule raised an error: <c>rule_errors/</c>.</summary>
    RuleErrors,

    /// <summary>Alerts made from rule matches: <c>alerts/</c>.</summary>
    Alerts,
}
