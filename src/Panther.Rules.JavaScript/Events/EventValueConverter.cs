using System.Globalization;
using System.Text.Json;
using Jint.Native;
using Panther.Parsing.Events;

namespace Panther.Rules.JavaScript.Events;

/// <summary>Turns event values into JavaScript values: objects stay lazy, arrays become frozen arrays.</summary>
/// <remarks>
/// Arrays are copied element by element when first read, so a rule that reads one element of a very long array
/// still pays for all of them. Numbers become doubles: integers beyond 2^53 lose precision.
/// </remarks>
internal static class EventValueConverter
{
    public static JsValue ToJs(EventScope scope, EventValue value) => value.Kind switch
    {
        JsonValueKind.Object => new EventMemberObject(scope, value),
        JsonValueKind.Array => ToArray(scope, value),
        JsonValueKind.String => new JsString(value.GetString() ?? ""),
        JsonValueKind.Number => JsNumber.Create(ToDouble(value)),
        JsonValueKind.True => JsBoolean.True,
        JsonValueKind.False => JsBoolean.False,
        JsonValueKind.Null => JsValue.Null,
        _ => JsValue.Undefined,
    };

    private static JsValue ToArray(EventScope scope, EventValue value)
    {
        var items = new JsValue[value.Count];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[i++] = ToJs(scope, item);
        }

        return scope.Freeze(new JsArray(scope.Engine, items));
    }

    private static double ToDouble(EventValue value) =>
        value.TryGetDouble(out var number)
            ? number
            : double.Parse(value.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
