using System.Buffers.Text;
using System.Globalization;

namespace Panther.Parsing.Json;

/// <summary>Allocation-free helpers for the text of JSON strings and numbers.</summary>
internal static class JsonText
{
    private static ReadOnlySpan<byte> Replacement => [0xEF, 0xBF, 0xBD];

    /// <summary>
    /// Decodes the escape sequences of a JSON string's content (the bytes between the quotes). The result is never
    /// longer than the input, so a destination of the input's length always suffices.
    /// </summary>
    /// <param name="escaped">The string content as written in the JSON text.</param>
    /// <param name="destination">Where the UTF-8 result goes.</param>
    /// <param name="written">The number of bytes written.</param>
    /// <returns>
    /// <see langword="false"/> when an escape is malformed or a <c>\u</c> escape is a lone surrogate; lone surrogates
    /// are written as U+FFFD so the result is still usable.
    /// </returns>
    public static bool TryUnescape(ReadOnlySpan<byte> escaped, Span<byte> destination, out int written)
    {
        var valid = true;
        written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var next = escaped[i..].IndexOf((byte)'\\');
            if (next < 0)
            {
                escaped[i..].CopyTo(destination[written..]);
                written += escaped.Length - i;
                break;
            }

            escaped.Slice(i, next).CopyTo(destination[written..]);
            written += next;
            i += next + 1;
            if (i >= escaped.Length)
            {
                return false;
            }

            var c = escaped[i++];
            switch (c)
            {
                case (byte)'"' or (byte)'\\' or (byte)'/':
                    destination[written++] = c;
                    break;
                case (byte)'b':
                    destination[written++] = (byte)'\b';
                    break;
                case (byte)'f':
                    destination[written++] = (byte)'\f';
                    break;
                case (byte)'n':
                    destination[written++] = (byte)'\n';
                    break;
                case (byte)'r':
                    destination[written++] = (byte)'\r';
                    break;
                case (byte)'t':
                    destination[written++] = (byte)'\t';
                    break;
                case (byte)'u':
                    valid &= TryDecodeUnicodeEscape(escaped, ref i, destination, ref written);
                    break;
                default:
                    return false;
            }
        }

        return valid;
    }

    /// <summary>
    /// Copies valid JSON text without the white space between tokens, so a pretty-printed value fits on one line.
    /// The result is never longer than the input.
    /// </summary>
    /// <param name="json">Valid JSON text.</param>
    /// <param name="destination">At least as long as <paramref name="json"/>.</param>
    /// <returns>The number of bytes written.</returns>
    public static int Minify(ReadOnlySpan<byte> json, Span<byte> destination)
    {
        var written = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                destination[written++] = b;
                if (b == (byte)'\\' && i + 1 < json.Length)
                {
                    destination[written++] = json[++i];
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                destination[written++] = b;
                inString = b == (byte)'"';
            }
        }

        return written;
    }

    /// <summary>Parses an integer written as a JSON number or as the whole content of a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the whole text is an integer within the range of <see
    /// cref="long"/>.</returns>
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value)
    {
        text = text.Trim((byte)' ');
        return Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length && text.Length > 0;
    }

    /// <summary>Parses an unsigned integer written as a JSON number or as the whole content of a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the whole text is an integer within the range of <see
    /// cref="ulong"/>.</returns>
    public static bool TryParseUInt64(ReadOnlySpan<byte> text, out ulong value)
    {
        text = text.Trim((byte)' ');
        return Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length && text.Length > 0;
    }

    /// <summary>Parses a finite floating point number written as a JSON number or as the content of a string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the whole text is a finite number.</returns>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        text = text.Trim((byte)' ');
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool TryDecodeUnicodeEscape(ReadOnlySpan<byte> escaped, ref int i, Span<byte> destination,
        ref int written)
    {
        if (!TryReadHex4(escaped, i, out var unit))
        {
            Replacement.CopyTo(destination[written..]);
            written += Replacement.Length;
            i = Math.Min(i + 4, escaped.Length);
            return false;
        }

        i += 4;
        var scalar = (int)unit;
        var valid = true;
        if (char.IsHighSurrogate((char)unit))
        {
            if (i + 6 <= escaped.Length && escaped[i] == '\\' && escaped[i + 1] == 'u'
                && TryReadHex4(escaped, i + 2, out var low) && char.IsLowSurrogate((char)low))
            {
                scalar = char.ConvertToUtf32((char)unit, (char)low);
                i += 6;
            }
            else
            {
                scalar = 0xFFFD;
                valid = false;
            }
        }
        else if (char.IsLowSurrogate((char)unit))
        {
            scalar = 0xFFFD;
            valid = false;
        }

        var rune = new System.Text.Rune(scalar);
        written += rune.EncodeToUtf8(destination[written..]);
        return valid;
    }

    private static bool TryReadHex4(ReadOnlySpan<byte> text, int start, out uint value)
    {
        value = 0;
        if (start + 4 > text.Length)
        {
            return false;
        }

        return Utf8Parser.TryParse(text.Slice(start, 4), out value, out var consumed, 'X') && consumed == 4;
    }
}
