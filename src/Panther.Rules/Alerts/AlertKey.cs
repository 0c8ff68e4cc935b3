namespace Panther.Rules.Alerts;

/// <summary>What groups matches into one alert: the rule, its dedup string, and whether they are errors.</summary>
/// <param name="RuleId">The rule id.</param>
/// <param name="DedupKey">The dedup string.</param>
/// <param name="IsError">Whether the key groups rule errors rather than matches.</param>
public readonly record struct AlertKey(string RuleId, string DedupKey, bool IsError);
