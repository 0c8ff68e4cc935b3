using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Benchmarks.Rules;

/// <summary>
/// Text tests over event values for the C# rules, without allocating: strings are compared as their UTF-8 bytes, or
/// decoded into a stack buffer when case is ignored.
/// </summary>
/// <remarks>
/// A string with JSON escapes, or one longer than <see cref="StackLength"/> characters, is decoded with
/// <see cref="EventValue.GetString"/>, which allocates; CloudTrail's fields of interest have neither.
/// </remarks>
public static class EventText
{
    /// <summary>The longest text decoded on the stack, in characters.</summary>
    public const int StackLength = 256;

    /// <summary>Says whether a string value ends with UTF-8 text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="suffix">The suffix.</param>
    /// <returns><see langword="true"/> for a string that ends so.</returns>
    public static bool EndsWith(EventValue value, ReadOnlySpan<byte> suffix)
    {
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        var raw = value.RawValue;
        return raw.IndexOf((byte)'\\') < 0
            ? raw.EndsWith(suffix)
            : Encoding.UTF8.GetBytes(value.GetString()!).AsSpan().EndsWith(suffix);
    }

    /// <summary>Says whether a string value starts with UTF-8 text.</summary>
    /// <param name="value">The value.</param>
    /// <param name="prefix">The prefix.</param>
    /// <returns><see langword="true"/> for a string that starts so.</returns>
    public static bool StartsWith(EventValue value, ReadOnlySpan<byte> prefix)
    {
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        var raw = value.RawValue;
        return raw.IndexOf((byte)'\\') < 0
            ? raw.StartsWith(prefix)
            : Encoding.UTF8.GetBytes(value.GetString()!).AsSpan().StartsWith(prefix);
    }

    /// <summary>Says whether a string value equals text, ignoring case (ordinal).</summary>
    /// <param name="value">The value.</param>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> for a string equal to <paramref name="text"/> but for case.</returns>
    public static bool EqualsIgnoreCase(EventValue value, string text)
    {
        Span<char> stack = stackalloc char[StackLength];
        return TryDecode(value, stack, out var chars) && chars.Equals(text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Says whether a string value contains one of several texts, ignoring case (ordinal).</summary>
    /// <param name="value">The value.</param>
    /// <param name="texts">The texts to look for.</param>
    /// <returns><see langword="true"/> when one of them occurs in the string.</returns>
    public static bool ContainsAnyIgnoreCase(EventValue value, ReadOnlySpan<string> texts)
    {
        Span<char> stack = stackalloc char[StackLength];
        if (!TryDecode(value, stack, out var chars))
        {
            return false;
        }

        foreach (var text in texts)
        {
            if (chars.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a string value holding a dotted-quad IPv4 address (no leading zeros).</summary>
    /// <param name="value">The value.</param>
    /// <param name="address">The address, most significant byte first.</param>
    /// <returns><see langword="true"/> for a string that is exactly an IPv4 address.</returns>
    public static bool TryGetIPv4(EventValue value, out uint address)
    {
        address = 0;
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        var text = value.RawValue;
        var position = 0;
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (position >= text.Length || text[position] != (byte)'.')
                {
                    return false;
                }

                position++;
            }

            var start = position;
            var number = 0;
            while (position < text.Length && position - start < 3 && char.IsAsciiDigit((char)text[position]))
            {
                number = (number * 10) + (text[position] - '0');
                position++;
            }

            var digits = position - start;
            if (digits == 0 || number > 255 || (digits > 1 && text[start] == (byte)'0'))
            {
                return false;
            }

            address = (address << 8) | (uint)number;
        }

        return position == text.Length;
    }

    private static bool TryDecode(EventValue value, Span<char> stack, out ReadOnlySpan<char> chars)
    {
        chars = default;
        if (value.Kind != JsonValueKind.String)
        {
            return false;
        }

        var raw = value.RawValue;
        if (raw.IndexOf((byte)'\\') >= 0 || raw.Length > stack.Length)
        {
            chars = value.GetString();
            return true;
        }

        chars = stack[..Encoding.UTF8.GetChars(raw, stack)];
        return true;
    }
}
