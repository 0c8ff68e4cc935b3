namespace Panther.Rules.DependencyInjection;

/// <summary>Settings of the rule engine registered by <c>AddPantherRules</c>.</summary>
public sealed class RuleEngineOptions
{
    /// <summary>Gets the rule folders (or spec files) to load, in addition to rules registered in code.</summary>
    public IList<string> RuleDirectories { get; } = [];

    /// <summary>
    /// Gets or sets a file that keeps alert deduplication state across restarts; null keeps it in memory.
    /// </summary>
    public string? AlertStateFile { get; set; }

    /// <summary>Gets or sets a value indicating whether a rule that fails to load stops startup. Defaults to
    /// false.</summary>
    public bool FailOnLoadErrors { get; set; }
}
