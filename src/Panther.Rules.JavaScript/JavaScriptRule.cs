using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Panther.Rules.JavaScript.Engines;
using Panther.Rules.JavaScript.Events;
using Panther.Rules.Runtimes;

namespace Panther.Rules.JavaScript;

/// <summary>
/// A rule body written in JavaScript, loaded by <see cref="JavaScriptRuleRuntime"/>. Each method calls the script
/// function of the same name with a read-only view of the event and checks what it returns; a function the script
/// does not define gives <see langword="null"/>, so the evaluator's fallback applies.
/// </summary>
/// <remarks>
/// Thread-safe: every call borrows an engine from the rule's pool, so several threads can run the same rule at once.
/// Global variables a script changes during a call live on in that engine only; rules must not count on them. A call
/// that breaches a limit throws <see cref="RuleFunctionException"/>; an exception thrown by the script surfaces as
/// Jint's <see cref="JavaScriptException"/> with the script's message. Either way the evaluator records a rule error.
/// </remarks>
public sealed class JavaScriptRule : IRule
{
    private readonly RuleEnginePool _pool;
    private readonly bool[] _defined = new bool[RuleFunctions.Count];

    internal JavaScriptRule(string path, Prepared<Acornima.Ast.Script> script, JavaScriptRuleOptions options)
    {
        Path = path;
        _pool = new RuleEnginePool(script, options);

        RuleEngine first;
        try
        {
            first = _pool.Create();
        }
        catch (JavaScriptException ex)
        {
            throw new RuleLoadException($"Running the top level of {path} failed: {ex.Message}", ex);
        }
        catch (Exception ex) when (Limits.Describe(ex, options) is { } breach)
        {
            throw new RuleLoadException($"Running the top level of {path} {breach}", ex);
        }

        for (var i = 0; i < _defined.Length; i++)
        {
            _defined[i] = first[(RuleFunction)i] is not null;
        }

        if (!_defined[(int)RuleFunction.Rule])
        {
            throw new RuleLoadException($"{path} does not define a function named rule.");
        }

        Options = options;
        _pool.Return(first);
    }

    /// <summary>Gets the script file the rule was loaded from.</summary>
    public string Path { get; }

    private JavaScriptRuleOptions Options { get; }

    /// <summary>Calls <c>rule(event)</c>.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>What <c>rule</c> returned.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a boolean, or breached a limit.
    /// </exception>
    /// <exception cref="JavaScriptException">The script threw.</exception>
    public bool Matches(RuleEvent evt) =>
        Call(RuleFunction.Rule, evt, false, static (_, v) => ReturnValues.ToBoolean(v));

    /// <summary>Calls <c>title(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The title, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a string, or breached a limit.
    /// </exception>
    public string? Title(RuleEvent evt) => Text(RuleFunction.Title, evt);

    /// <summary>Calls <c>dedup(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The dedup string, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a string, or breached a limit.
    /// </exception>
    public string? Dedup(RuleEvent evt) => Text(RuleFunction.Dedup, evt);

    /// <summary>Calls <c>severity(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>
    /// The severity named in any case, or <see langword="null"/> when the function is missing or returns null or
    /// <c>DEFAULT</c>.
    /// </returns>
    /// <exception cref="RuleFunctionException">It returned anything else, or breached a limit.</exception>
    public Severity? Severity(RuleEvent evt) =>
        Call(RuleFunction.Severity, evt, null, static (_, v) => ReturnValues.ToSeverity(v));

    /// <summary>Calls <c>alert_context(event)</c>, if the script defines it, and converts the result to JSON.
    /// </summary>
    /// <param name="evt">The event.</param>
    /// <returns>The context, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not an object, or breached a limit.
    /// </exception>
    public JsonObject? AlertContext(RuleEvent evt) =>
        Call(RuleFunction.AlertContext, evt, null, static (e, v) => ReturnValues.ToContext(e, v));

    /// <summary>Calls <c>description(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The description, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a string, or breached a limit.
    /// </exception>
    public string? Description(RuleEvent evt) => Text(RuleFunction.Description, evt);

    /// <summary>Calls <c>runbook(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The runbook, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a string, or breached a limit.
    /// </exception>
    public string? Runbook(RuleEvent evt) => Text(RuleFunction.Runbook, evt);

    /// <summary>Calls <c>reference(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The reference, or <see langword="null"/> when the function is missing or returns null.</returns>
    /// <exception cref="RuleFunctionException">It returned a value that is not a string, or breached a limit.
    /// </exception>
    public string? Reference(RuleEvent evt) => Text(RuleFunction.Reference, evt);

    /// <summary>Calls <c>destinations(event)</c>, if the script defines it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>
    /// The destination ids or names (an empty list suppresses the alert), or <see langword="null"/> when the function
    /// is missing or returns null.
    /// </returns>
    /// <exception cref="RuleFunctionException">
    /// It returned something other than an array of strings, or breached a limit.
    /// </exception>
    public IReadOnlyList<string>? Destinations(RuleEvent evt) =>
        Call(RuleFunction.Destinations, evt, null, static (_, v) => ReturnValues.ToDestinations(v));

    private string? Text(RuleFunction function, RuleEvent evt) =>
        Call(function, evt, null, (_, v) => ReturnValues.ToText(function, v));

    private T Call<T>(RuleFunction function, RuleEvent evt, T missing, Func<Engine, JsValue, T> read)
    {
        ArgumentNullException.ThrowIfNull(evt);
        if (!_defined[(int)function])
        {
            return missing;
        }

        var engine = _pool.Rent();
        var reusable = false;
        var scope = new EventScope(engine.Engine, engine.Freeze, evt);
        try
        {
            if (engine[function] is not { } callable)
            {
                reusable = true;
                return missing;
            }

            engine.Engine.Constraints.Reset();
            var result = engine.Engine.Call(callable, JsValue.Undefined, [new EventRootObject(scope)]);
            var value = read(engine.Engine, result);
            reusable = true;
            return value;
        }
        catch (JavaScriptException ex) when (ex.Message == "undefined" && !ex.Error.IsUndefined())
        {
            reusable = true;
            throw new RuleFunctionException(
                $"{RuleFunctions.NameOf(function)} threw a value whose text could not be read", ex);
        }
        catch (Exception ex) when (ex is JavaScriptException or RuleFunctionException)
        {
            reusable = true;
            throw;
        }
        catch (Exception ex) when (Limits.Describe(ex, Options) is { } breach)
        {
            throw new RuleFunctionException($"{RuleFunctions.NameOf(function)} {breach}", ex);
        }
        finally
        {
            scope.Close();
            if (reusable)
            {
                _pool.Return(engine);
            }
        }
    }
}
