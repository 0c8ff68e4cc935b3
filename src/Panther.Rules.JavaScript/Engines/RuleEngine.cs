using Jint;
using Jint.Native;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>
/// One sandboxed engine that has run the helpers and a rule's script, with the script's functions looked up once.
/// Used by one thread at a time; see <see cref="RuleEnginePool"/>.
/// </summary>
internal sealed class RuleEngine
{
    private readonly JsValue?[] _functions;

    public RuleEngine(Engine engine, JsValue freeze, JsValue?[] functions)
    {
        Engine = engine;
        Freeze = freeze;
        _functions = functions;
    }

    public Engine Engine { get; }

    /// <summary>Gets <c>Object.freeze</c> as it was before the script ran, so a script cannot replace it.</summary>
    public JsValue Freeze { get; }

    /// <summary>Gets the function, or <see langword="null"/> when the script does not define it.</summary>
    public JsValue? this[RuleFunction function] => _functions[(int)function];
}
