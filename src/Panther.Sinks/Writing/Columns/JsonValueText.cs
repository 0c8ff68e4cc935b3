using System.Buffers;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Writes the JSON text of an event value into a buffer: strings with their quotes, containers without the white
/// space between tokens, everything else as it arrived.
/// </summary>
internal static class JsonValueText
{
    public static void Write(EventValue value, IBufferWriter<byte> output)
    {
        var raw = value.RawValue;
        if (value.Kind == JsonValueKind.String)
        {
            var span = output.GetSpan(raw.Length + 2);
            span[0] = (byte)'"';
            raw.CopyTo(span[1..]);
            span[raw.Length + 1] = (byte)'"';
            output.Advance(raw.Length + 2);
            return;
        }

        if (value.Kind is not (JsonValueKind.Object or JsonValueKind.Array))
        {
            output.Write(raw);
            return;
        }

        Minify(raw, output);
    }

    /// <summary>Copies valid JSON text without the white space outside strings.</summary>
    private static void Minify(ReadOnlySpan<byte> json, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(json.Length);
        var length = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                span[length++] = b;
                if (b == (byte)'\\')
                {
                    span[length++] = json[++i];
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                span[length++] = b;
                inString = b == (byte)'"';
            }
        }

        output.Advance(length);
    }
}
