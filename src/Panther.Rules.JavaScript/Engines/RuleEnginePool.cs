using System.Collections.Concurrent;
using Jint;
using Jint.Native;
using Jint.Native.Function;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>
/// The idle engines of one rule. <see cref="Rent"/> takes one or builds a new one; <see cref="Return"/> gives back an
/// engine that finished its call normally. An engine that breached a limit is never returned, so its half-done state
/// cannot leak into the next call.
/// </summary>
internal sealed class RuleEnginePool
{
    private readonly ConcurrentBag<RuleEngine> _idle = [];
    private readonly Prepared<Acornima.Ast.Script> _script;
    private readonly JavaScriptRuleOptions _options;
    private int _idleCount;

    public RuleEnginePool(Prepared<Acornima.Ast.Script> script, JavaScriptRuleOptions options)
    {
        _script = script;
        _options = options;
    }

    public RuleEngine Rent()
    {
        if (_idle.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
            return engine;
        }

        return Create();
    }

    public void Return(RuleEngine engine)
    {
        if (Interlocked.Increment(ref _idleCount) > _options.MaxIdleEnginesPerRule)
        {
            Interlocked.Decrement(ref _idleCount);
            return;
        }

        _idle.Add(engine);
    }

    /// <summary>Builds an engine and runs the helpers and the script's top level in it.</summary>
    /// <returns>The engine, ready for calls.</returns>
    /// <exception cref="Exception">The script's top level threw or breached a limit.</exception>
    public RuleEngine Create()
    {
        var engine = new Engine(Configure);
        NativeRecursionGuards.Install(engine);
        engine.Execute(in ScriptHelpers.Prepared);
        var freeze = engine.Intrinsics.Object.Get("freeze");
        engine.Execute(in _script);

        var found = engine.Evaluate(in RuleFunctions.Lookup).AsArray();
        var functions = new JsValue?[RuleFunctions.Count];
        for (var i = 0; i < functions.Length; i++)
        {
            var value = found.Get(i);
            functions[i] = value is Function ? value : null;
        }

        return new RuleEngine(engine, freeze, functions);
    }

    private void Configure(Options options)
    {
        options.Strict = true;
        options.DisableStringCompilation();
        options.MaxStatements(_options.MaxStatements);
        options.TimeoutInterval(_options.Timeout);
        options.LimitMemory(_options.MemoryLimitBytes);
        options.LimitRecursion(_options.MaxRecursionDepth);
        options.Constraints.RegexTimeout = _options.RegexTimeout;
    }
}
