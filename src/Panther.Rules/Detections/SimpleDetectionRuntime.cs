using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Detections;

/// <summary>
/// The runtime for simple detections: specs with a <c>Detection</c> key and no <c>Filename</c>. Register it with
/// the other <see cref="IRuleRuntime"/> implementations; it compiles each detection with
/// <see cref="SimpleDetectionCompiler"/>.
/// </summary>
public sealed class SimpleDetectionRuntime : IRuleRuntime
{
    /// <summary>Gets the runtime's name, <c>simple</c>.</summary>
    public string Name => "simple";

    /// <summary>Decides whether the spec is a simple detection: it has a Detection and no body file.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns><see langword="true"/> when <see cref="Load"/> can compile it.</returns>
    public bool CanLoad(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Detection is not null && spec.Filename is null;
    }

    /// <summary>Compiles the spec's detection.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RuleLoadException">The detection is invalid; the message names the file and place.</exception>
    public IRule Load(RuleSpec spec) => SimpleDetectionCompiler.Compile(spec);
}
