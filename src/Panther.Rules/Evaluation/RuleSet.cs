using System.Collections.Frozen;

namespace Panther.Rules.Evaluation;

/// <summary>
/// The enabled rules of a pipeline, indexed by log type, run together on each event. Evaluating an event that no
/// rule matches does not allocate.
/// </summary>
public sealed class RuleSet
{
    private readonly FrozenDictionary<string, RuleDefinition[]> _byLogType;

    /// <summary>Initializes a new instance of the <see cref="RuleSet"/> class.</summary>
    /// <param name="rules">The rules; disabled ones are left out.</param>
    /// <exception cref="ArgumentException">Two rules share an id.</exception>
    public RuleSet(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.ToList();
        var duplicate = all.GroupBy(rule => rule.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id {duplicate.Key} is used by more than one rule.", nameof(rules));
        }

        Rules = all;
        _byLogType = all.Where(rule => rule.Spec.Enabled)
            .SelectMany(rule => rule.Spec.LogTypes.Distinct(StringComparer.Ordinal).Select(type => (type, rule)))
            .GroupBy(pair => pair.type, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.rule).ToArray(),
                StringComparer.Ordinal);
    }

    /// <summary>Gets every rule, enabled or not.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Gets the enabled rules that run on a log type.</summary>
    /// <param name="logType">The log type.</param>
    /// <returns>The rules; empty when none.</returns>
    public ReadOnlySpan<RuleDefinition> RulesFor(string logType) =>
        _byLogType.TryGetValue(logType, out var rules) ? rules : [];

    /// <summary>Runs every enabled rule of the event's log type on the event.</summary>
    /// <param name="evt">The event.</param>
    /// <param name="results">Receives a result per match and per rule error.</param>
    /// <returns>The number of results added.</returns>
    public int Evaluate(RuleEvent evt, ICollection<RuleResult> results)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(results);
        var added = 0;
        foreach (var rule in RulesFor(evt.LogType))
        {
            if (RuleEvaluator.Evaluate(rule, evt) is { } result)
            {
                results.Add(result);
                added++;
            }
        }

        return added;
    }
}
