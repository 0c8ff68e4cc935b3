namespace Panther.Rules;

/// <summary>How urgent an alert is, from <see cref="Info"/> to <see cref="Critical"/>.</summary>
public enum Severity
{
    /// <summary>Informational; nothing to act on.</summary>
    Info,

    /// <summary>Low urgency.</summary>
    Low,

    /// <summary>Medium urgency.</summary>
    Medium,

    /// <summary>High urgency.</summary>
    High,

    /// <summary>Act now.</summary>
    Critical,
}
