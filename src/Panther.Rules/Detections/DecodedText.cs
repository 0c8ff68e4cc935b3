using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Rules.Detections;

/// <summary>
/// The text of a scalar event value as UTF-16, JSON escapes decoded, in a caller's stack buffer or, for long
/// values, a pooled array. Dispose it to return the array.
/// </summary>
internal ref struct DecodedText
{
    /// <summary>The stack buffer length callers should pass.</summary>
    public const int StackLength = 256;

    private char[]? _rented;

    private DecodedText(ReadOnlySpan<char> span, char[]? rented)
    {
        Span = span;
        _rented = rented;
    }

    /// <summary>Gets the decoded text.</summary>
    public ReadOnlySpan<char> Span { get; }

    /// <summary>Says whether a value is a string, a number or a boolean.</summary>
    public static bool IsScalar(EventValue value) =>
        value.Kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    /// <summary>
    /// Gets a scalar's UTF-8 text when it needs no decoding: numbers, booleans and strings without escapes.
    /// </summary>
    public static bool TryGetPlainUtf8(EventValue value, out ReadOnlySpan<byte> utf8)
    {
        switch (value.Kind)
        {
            case JsonValueKind.String:
                utf8 = value.RawValue;
                return utf8.IndexOf((byte)'\\') < 0;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                utf8 = value.RawValue;
                return true;
            default:
                utf8 = default;
                return false;
        }
    }

    /// <summary>Decodes a scalar; fails for missing, null, object and array values.</summary>
    /// <param name="value">The value.</param>
    /// <param name="stack">A buffer of <see cref="StackLength"/> characters, used when the text fits.</param>
    /// <param name="text">The text; dispose it.</param>
    public static bool TryDecode(EventValue value, Span<char> stack, out DecodedText text)
    {
        if (!IsScalar(value))
        {
            text = default;
            return false;
        }

        var raw = value.RawValue;
        char[]? rented = null;
        var buffer = raw.Length <= stack.Length ? stack : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var length = value.Kind == JsonValueKind.String ? Unescape(raw, buffer) : Encoding.UTF8.GetChars(raw, buffer);
        text = new DecodedText(buffer[..length], rented);
        return true;
    }

    /// <summary>Returns a pooled buffer, if one was rented.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
            _rented = null;
        }
    }

    /// <summary>
    /// Decodes the content of a JSON string; the result never has more characters than the input has bytes.
    /// </summary>
    private static int Unescape(ReadOnlySpan<byte> raw, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var slash = raw.IndexOf((byte)'\\');
            written += Encoding.UTF8.GetChars(slash < 0 ? raw : raw[..slash], destination[written..]);
            if (slash < 0 || slash + 1 >= raw.Length)
            {
                return written;
            }

            var consumed = 2;
            var escaped = raw[slash + 1];
            char decoded;
            switch (escaped)
            {
                case (byte)'n':
                    decoded = '\n';
                    break;
                case (byte)'t':
                    decoded = '\t';
                    break;
                case (byte)'r':
                    decoded = '\r';
                    break;
                case (byte)'b':
                    decoded = '\b';
                    break;
                case (byte)'f':
                    decoded = '\f';
                    break;
                case (byte)'u' when slash + 6 <= raw.Length && ushort.TryParse(raw.Slice(slash + 2, 4),
                    NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    decoded = (char)code;
                    consumed = 6;
                    break;
                default:
                    decoded = (char)escaped;
                    break;
            }

            destination[written++] = decoded;
            raw = raw[(slash + consumed)..];
        }
    }
}
