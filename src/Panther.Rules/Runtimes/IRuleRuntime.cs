using Panther.Rules.Specs;

namespace Panther.Rules.Runtimes;

/// <summary>
/// Turns a rule spec into a runnable <see cref="IRule"/>: JavaScript files, C# files, simple detections, or a
/// runtime a host adds. Register runtimes through dependency injection; the loader asks each in turn.
/// </summary>
public interface IRuleRuntime
{
    /// <summary>Gets the runtime's name, for messages (<c>javascript</c>).</summary>
    string Name { get; }

    /// <summary>Decides whether this runtime loads the spec's body, usually by the body file's extension.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns><see langword="true"/> when <see cref="Load"/> should be called.</returns>
    bool CanLoad(RuleSpec spec);

    /// <summary>Loads or compiles the rule body.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The runnable rule.</returns>
    /// <exception cref="RuleLoadException">The body is missing or does not compile.</exception>
    IRule Load(RuleSpec spec);
}
