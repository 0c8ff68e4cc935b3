using System.Reflection;
using System.Text;
using Panther.Rules.Runtimes;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>
/// What compiling one rule source produced: the rule class to instantiate, or why there is none. Cached by the hash
/// of the source, so it names no file; <see cref="CreateRule"/> puts the file in its messages.
/// </summary>
internal sealed class CompiledRuleFile
{
    private readonly Type? _ruleType;
    private readonly IReadOnlyList<RuleDiagnostic> _errors;
    private readonly int _errorCount;
    private readonly string? _problem;

    private CompiledRuleFile(
        Type? ruleType,
        RuleLoadContext? context,
        IReadOnlyList<RuleDiagnostic> errors,
        int errorCount,
        string? problem)
    {
        _ruleType = ruleType;
        Context = context;
        _errors = errors;
        _errorCount = errorCount;
        _problem = problem;
    }

    /// <summary>Gets the load context holding the compiled assembly, or null when nothing was loaded.</summary>
    public RuleLoadContext? Context { get; }

    /// <summary>Creates the result for a rule class found in a loaded assembly.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <param name="context">The context holding its assembly.</param>
    /// <returns>The result.</returns>
    public static CompiledRuleFile Succeeded(Type ruleType, RuleLoadContext context) =>
        new(ruleType, context, [], 0, null);

    /// <summary>Creates the result for a source that does not compile.</summary>
    /// <param name="errors">The first errors, in source order.</param>
    /// <param name="errorCount">How many errors there were in all.</param>
    /// <returns>The result.</returns>
    public static CompiledRuleFile CompileFailed(IReadOnlyList<RuleDiagnostic> errors, int errorCount) =>
        new(null, null, errors, errorCount, null);

    /// <summary>Creates the result for a source that compiled but cannot be used.</summary>
    /// <param name="problem">What is wrong, as a clause that follows the file name.</param>
    /// <param name="context">The context holding the assembly, if one was loaded.</param>
    /// <returns>The result.</returns>
    public static CompiledRuleFile Rejected(string problem, RuleLoadContext? context = null) =>
        new(null, context, [], 0, problem);

    /// <summary>Creates an instance of the rule class.</summary>
    /// <param name="path">The rule file, for messages.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RuleLoadException">
    /// The file did not compile, has no usable rule class, or the rule's constructor threw.
    /// </exception>
    public IRule CreateRule(string path)
    {
        if (_ruleType is null)
        {
            var message = _problem is null ? CompileErrorMessage(path) : $"C# rule file '{path}' {_problem}";
            throw new RuleLoadException(message);
        }

        try
        {
            return (IRule)Activator.CreateInstance(_ruleType)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } thrown)
        {
            var cause = thrown is TypeInitializationException { InnerException: { } inner } ? inner : thrown;
            throw new RuleLoadException(
                $"C# rule file '{path}': the constructor of {_ruleType.FullName} threw {cause.GetType().Name}: "
                + cause.Message,
                cause);
        }
    }

    private string CompileErrorMessage(string path)
    {
        var text = new StringBuilder();
        text.Append("C# rule file '").Append(path).Append("' does not compile:");
        foreach (var error in _errors)
        {
            text.AppendLine().Append("  ").Append(error.Format(path));
        }

        var more = _errorCount - _errors.Count;
        if (more > 0)
        {
            text.AppendLine().Append("  and ").Append(more).Append(more == 1 ? " more error" : " more errors");
        }

        return text.ToString();
    }
}
