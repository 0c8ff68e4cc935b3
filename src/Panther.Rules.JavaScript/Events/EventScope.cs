using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Panther.Rules.JavaScript.Events;

/// <summary>
/// The lifetime of the JavaScript view of one event in one call. The values behind the view are only valid until
/// the <see cref="RuleEvent"/> moves on, so the view refuses to be read once the call has ended, for example by a
/// script that kept the event in a global variable.
/// </summary>
internal sealed class EventScope
{
    private readonly JsValue _freeze;

    public EventScope(Engine engine, JsValue freeze, RuleEvent evt)
    {
        Engine = engine;
        Event = evt;
        _freeze = freeze;
    }

    public Engine Engine { get; }

    public RuleEvent Event { get; }

    public bool IsOpen { get; private set; } = true;

    public void Close() => IsOpen = false;

    /// <summary>Freezes an array with the engine's own <c>Object.freeze</c>, taken before the script ran.</summary>
    public JsValue Freeze(JsValue array) => Engine.Call(_freeze, JsValue.Undefined, [array]);

    public void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new JavaScriptException(Engine.Intrinsics.TypeError,
                "the event of an earlier call cannot be read; keep the values you need, not the event");
        }
    }
}
