namespace Panther.Rules.Alerts;

/// <summary>What raised an alert.</summary>
public enum AlertType
{
    /// <summary>A rule matched events.</summary>
    Rule,

    /// <summary>A rule failed on events.</summary>
    RuleError,
}
