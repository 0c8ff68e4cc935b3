namespace Panther.Rules.Loading;

/// <summary>What a <see cref="RuleLoader"/> found in a folder: the rules, the problems, and files that hold no
/// rule.</summary>
public sealed class RuleLoadResult
{
    /// <summary>Gets the loaded rules, in file order.</summary>
    public List<RuleDefinition> Rules { get; } = [];

    /// <summary>Gets the specs that failed to load or need a runtime that is not registered.</summary>
    public List<RuleLoadProblem> Problems { get; } = [];

    /// <summary>Gets the number of YAML files skipped because they hold another analysis type (policies,
    /// ...).</summary>
    public int OtherAnalysisFiles { get; set; }

    /// <summary>Gets the problems that are errors, not merely unsupported runtimes.</summary>
    public IEnumerable<RuleLoadProblem> Errors => Problems.Where(problem => !problem.IsUnsupported);
}
