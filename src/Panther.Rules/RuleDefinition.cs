using Panther.Rules.Specs;

namespace Panther.Rules;

/// <summary>A loaded rule: its spec and the body that runs it, plus optional inline filters.</summary>
/// <param name="Spec">The spec.</param>
/// <param name="Body">The body.</param>
public sealed record RuleDefinition(RuleSpec Spec, IRule Body)
{
    /// <summary>Gets the filter that must match before <see cref="Body"/> runs (<c>InlineFilters</c>), or
    /// null.</summary>
    public IRule? Filter { get; init; }

    /// <summary>Gets the runtime that loaded the body, for messages.</summary>
    public string Runtime { get; init; } = "csharp";

    /// <summary>Gets the rule id.</summary>
    public string Id => Spec.Id;
}
