namespace Panther.Rules.JavaScript.Engines;

/// <summary>The functions a rule script may define, in the order of <see cref="RuleFunctions.Names"/>.</summary>
internal enum RuleFunction
{
    Rule,
    Title,
    Dedup,
    Severity,
    AlertContext,
    Description,
    Runbook,
    Reference,
    Destinations,
}
