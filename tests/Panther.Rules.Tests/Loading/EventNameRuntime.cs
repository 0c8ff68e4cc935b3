using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Tests.Loading;

/// <summary>A runtime for tests: a <c>.eventname</c> body file holds the event name the rule matches.</summary>
internal sealed class EventNameRuntime : IRuleRuntime
{
    public string Name => "eventname";

    public bool CanLoad(RuleSpec spec) =>
        spec.BodyPath?.EndsWith(".eventname", StringComparison.OrdinalIgnoreCase) == true;

    public IRule Load(RuleSpec spec)
    {
        var text = File.Exists(spec.BodyPath) ? File.ReadAllText(spec.BodyPath).Trim() : "";
        return text.Length > 0
            ? new TestRules.EventNameRule(text)
            : throw new RuleLoadException($"{spec.BodyPath}: empty or missing body.");
    }
}
