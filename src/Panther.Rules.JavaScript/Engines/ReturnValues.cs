using JsonDocumentOptions = System.Text.Json.JsonDocumentOptions;
using JsonException = System.Text.Json.JsonException;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime.Interop;
using Panther.Rules.Runtimes;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>Checks and converts what rule functions return; a value of the wrong type is a rule error.</summary>
internal static class ReturnValues
{
    /// <summary>The deepest nesting of objects and arrays an alert context may have.</summary>
    public const int MaxContextDepth = 128;

    private const string DefaultSeverity = "DEFAULT";

    public static bool ToBoolean(JsValue value) => value.IsBoolean()
        ? value.AsBoolean()
        : throw Wrong("rule", value, "a boolean");

    public static string? ToText(RuleFunction function, JsValue value)
    {
        if (IsNullish(value))
        {
            return null;
        }

        return value.IsString() ? value.AsString() : throw Wrong(RuleFunctions.NameOf(function), value, "a string");
    }

    public static Severity? ToSeverity(JsValue value)
    {
        var text = ToText(RuleFunction.Severity, value);
        if (text is null || text.Trim().Equals(DefaultSeverity, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return SeverityText.TryParse(text, out var severity)
            ? severity
            : throw new RuleFunctionException(
                $"severity returned \"{Shorten(text)}\", not INFO, LOW, MEDIUM, HIGH, CRITICAL or DEFAULT");
    }

    public static JsonObject? ToContext(Engine engine, JsValue value)
    {
        if (IsNullish(value))
        {
            return null;
        }

        if (!value.IsObject() || value.IsArray() || value is Jint.Native.Function.Function)
        {
            throw Wrong("alert_context", value, "an object");
        }

        var json = new JsonSerializer(engine).Serialize(value, CheckingReplacer(engine), JsValue.Undefined).ToString();
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxContextDepth })
                as JsonObject
                ?? throw new RuleFunctionException("alert_context returned an object that does not serialize to JSON");
        }
        catch (JsonException ex)
        {
            throw new RuleFunctionException(
                $"alert_context returned an object nested too deeply (more than {MaxContextDepth} levels)", ex);
        }
    }

    public static IReadOnlyList<string>? ToDestinations(JsValue value)
    {
        if (IsNullish(value))
        {
            return null;
        }

        if (!value.IsArray())
        {
            throw Wrong("destinations", value, "an array of strings");
        }

        var array = value.AsArray();
        var length = (int)array.Length;
        var destinations = new List<string>(length);
        for (var i = 0; i < length; i++)
        {
            var item = array.Get(i);
            destinations.Add(item.IsString()
                ? item.AsString()
                : throw new RuleFunctionException($"destinations returned an array holding {Describe(item)}, " +
                    "not only strings"));
        }

        return destinations;
    }

    private static ClrFunction CheckingReplacer(Engine engine) => new(engine, "", static (_, arguments) =>
    {
        NativeRecursionGuards.EnsureStack();
        return arguments.Length > 1 ? arguments[1] : JsValue.Undefined;
    }, 2);

    private static bool IsNullish(JsValue value) => value.IsNull() || value.IsUndefined();

    private static RuleFunctionException Wrong(string function, JsValue value, string expected) =>
        new($"{function} returned {Describe(value)}, not {expected}");

    private static string Describe(JsValue value) => value switch
    {
        _ when value.IsUndefined() => "undefined",
        _ when value.IsNull() => "null",
        _ when value.IsBoolean() => "a boolean",
        _ when value.IsString() => "a string",
        _ when value.IsNumber() => "a number",
        _ when value.IsBigInt() => "a bigint",
        JsSymbol => "a symbol",
        _ when value.IsArray() => "an array",
        Jint.Native.Function.Function => "a function",
        _ when value.IsPromise() => "a promise",
        _ => "an object",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
