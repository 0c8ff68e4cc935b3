using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Schemas.Time;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Converts event values to the CLR types of scalar columns, with the rules the normalizer checked them by:
/// numbers may arrive as strings, booleans as <c>"true"</c> and <c>"false"</c>.
/// </summary>
internal static class ScalarReaders
{
    public static bool Boolean(EventValue value, out bool result) => value.TryGetBoolean(out result);

    public static bool Int16(EventValue value, out short result)
    {
        var ok = value.TryGetInt64(out var n) && n is >= short.MinValue and <= short.MaxValue;
        result = ok ? (short)n : default;
        return ok;
    }

    public static bool Int32(EventValue value, out int result)
    {
        var ok = value.TryGetInt64(out var n) && n is >= int.MinValue and <= int.MaxValue;
        result = ok ? (int)n : default;
        return ok;
    }

    public static bool Int64(EventValue value, out long result) => value.TryGetInt64(out result);

    public static bool UInt64(EventValue value, out ulong result)
    {
        result = 0;
        var raw = value.RawValue;
        return value.Kind is JsonValueKind.Number or JsonValueKind.String
            && raw.IndexOf((byte)'\\') < 0
            && Utf8Parser.TryParse(raw, out result, out var consumed)
            && consumed == raw.Length;
    }

    public static bool Float(EventValue value, out float result)
    {
        var ok = value.TryGetDouble(out var d) && float.IsFinite((float)d);
        result = ok ? (float)d : default;
        return ok;
    }

    public static bool Double(EventValue value, out double result) => value.TryGetDouble(out result);

    public static ScalarReader<DateTime> Timestamp(TimestampFormat format) =>
        (EventValue value, out DateTime result) => TryReadTimestamp(value, format, out result);

    private static bool TryReadTimestamp(EventValue value, TimestampFormat format, out DateTime result)
    {
        result = default;
        if (value.Kind is not (JsonValueKind.String or JsonValueKind.Number))
        {
            return false;
        }

        var raw = value.RawValue;
        return raw.IndexOf((byte)'\\') < 0
            ? format.TryParse(raw, out result)
            : format.TryParse(Encoding.UTF8.GetBytes(value.GetString()!), out result);
    }
}
