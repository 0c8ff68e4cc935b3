using System.Runtime.CompilerServices;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>
/// Stops the built-ins that recurse in .NET code, not through script calls, before they overflow the thread's stack.
/// Jint's recursion limit counts only script calls, and a stack overflow kills the process, so each built-in that
/// can walk a deeply nested value is replaced with a wrapper that checks the stack at every level it enters.
/// </summary>
/// <remarks>
/// <c>join</c>, <c>toString</c> and <c>toLocaleString</c> of arrays re-enter through the public functions for every
/// nested array, so the check runs at every level. <c>JSON.stringify</c> gets a replacer that checks, since the
/// serializer calls the replacer for every property. <c>flat</c> is cut at <see cref="MaxFlatDepth"/> levels, because
/// a cyclic array flattened with depth <c>Infinity</c> recurses without allocating. <c>Proxy</c> is removed: a
/// chain of proxies recurses once per link. Known shortcoming: chains of prototypes and of bound functions still
/// recurse once per link in .NET code; only the memory limit bounds them (100,000 links ran fine on an 8 MiB stack).
/// </remarks>
internal static class NativeRecursionGuards
{
    /// <summary>The deepest nesting <c>Array.prototype.flat</c> follows before the call fails.</summary>
    public const int MaxFlatDepth = 512;

    /// <summary>The message of a call stopped by a guard.</summary>
    public const string NestedTooDeeply = "nested values too deeply";

    /// <summary>Replaces the recursive built-ins of <paramref name="engine"/> with checked wrappers.</summary>
    /// <param name="engine">An engine that has not yet run any script.</param>
    public static void Install(Engine engine)
    {
        var arrays = engine.Intrinsics.Array.PrototypeObject;
        Wrap(engine, arrays, "join", 1, static (_, _) => { });
        Wrap(engine, arrays, "toString", 0, static (_, _) => { });
        Wrap(engine, arrays, "toLocaleString", 0, static (_, _) => { });
        Wrap(engine, arrays, "flat", 0, ClampFlatDepth);

        var json = (ObjectInstance)engine.Global.Get("JSON");
        var stringify = (Function)json.Get("stringify");
        var check = new ClrFunction(engine, "", static (_, arguments) =>
        {
            EnsureStack();
            return Arg(arguments, 1);
        }, 2);
        Define(json, "stringify", new ClrFunction(engine, "stringify", (thisValue, arguments) =>
        {
            EnsureStack();
            var replacer = Arg(arguments, 1);
            if (replacer is Function user)
            {
                replacer = new ClrFunction(engine, "", (holder, args) =>
                {
                    EnsureStack();
                    return engine.Call(user, holder, args);
                }, 2);
            }
            else if (!replacer.IsArray())
            {
                replacer = check;
            }

            return engine.Call(stringify, thisValue, [Arg(arguments, 0), replacer, Arg(arguments, 2)]);
        }, 3));

        engine.Global.Delete("Proxy");
    }

    /// <summary>Throws when less stack is left than the average .NET method needs.</summary>
    /// <exception cref="InsufficientExecutionStackException">The stack is nearly full.</exception>
    public static void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new InsufficientExecutionStackException(NestedTooDeeply);
        }
    }

    private static void Wrap(
        Engine engine, ObjectInstance target, string name, int length, Action<Engine, JsValue[]> adjust)
    {
        var original = (Function)target.Get(name);
        Define(target, name, new ClrFunction(engine, name, (thisValue, arguments) =>
        {
            EnsureStack();
            JsValue[] copy = [.. arguments];
            adjust(engine, copy);
            var result = engine.Call(original, thisValue, copy);
            if (name == "flat" && copy.Length > 0 && arguments[0] != copy[0] && HoldsArray(result))
            {
                throw new InsufficientExecutionStackException(NestedTooDeeply);
            }

            return result;
        }, length));
    }

    private static void ClampFlatDepth(Engine engine, JsValue[] arguments)
    {
        if (arguments.Length == 0 || arguments[0].IsUndefined())
        {
            return;
        }

        var depth = Jint.Runtime.TypeConverter.ToNumber(arguments[0]);
        if (depth > MaxFlatDepth)
        {
            arguments[0] = JsNumber.Create(MaxFlatDepth);
        }
    }

    private static bool HoldsArray(JsValue result)
    {
        if (!result.IsArray())
        {
            return false;
        }

        var array = result.AsArray();
        for (uint i = 0; i < array.Length; i++)
        {
            if (array.Get(i).IsArray())
            {
                return true;
            }
        }

        return false;
    }

    private static JsValue Arg(JsValue[] arguments, int index) =>
        index < arguments.Length ? arguments[index] : JsValue.Undefined;

    private static void Define(ObjectInstance target, string name, ClrFunction function) =>
        target.DefineOwnProperty(name, new PropertyDescriptor(function, writable: true, enumerable: false,
            configurable: true));
}
