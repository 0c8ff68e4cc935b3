using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Detections;

/// <summary>STUB.</summary>
public sealed class SimpleDetectionRuntime : IRuleRuntime
{
    /// <summary>STUB.</summary>
    public string Name => "simple";

    /// <inheritdoc />
    public bool CanLoad(RuleSpec spec) => spec?.Detection is not null && spec.Filename is null;

    /// <inheritdoc />
    public IRule Load(RuleSpec spec) => throw new RuleLoadException("stub");
}
