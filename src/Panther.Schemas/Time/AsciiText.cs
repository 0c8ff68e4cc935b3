using System.Diagnostics;

namespace Panther.Schemas.Time;

/// <summary>
/// Byte-level helpers for the ASCII parts of UTF-8 timestamps. Each reader takes a position by reference and
/// moves it past what it read only when it succeeds.
/// </summary>
internal static class AsciiText
{
    /// <summary>Returns <paramref name="text"/> without ASCII white space at either end.</summary>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> text)
    {
        var start = 0;
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    /// <summary>Whether the byte is a space, tab, line feed, vertical tab, form feed or carriage return.</summary>
    public static bool IsWhiteSpace(byte value) => value == (byte)' ' || value - 0x09u <= 0x0D - 0x09;

    /// <summary>Whether the byte is an ASCII digit.</summary>
    public static bool IsDigit(byte value) => value - (uint)'0' <= 9;

    /// <summary>Moves past <paramref name="expected"/> if it is the byte at <paramref name="position"/>.</summary>
    public static bool TryConsume(ReadOnlySpan<byte> text, ref int position, byte expected)
    {
        if (position >= text.Length || text[position] != expected)
        {
            return false;
        }

        position++;
        return true;
    }

    /// <summary>
    /// Reads as many digits as are there, up to <paramref name="maxDigits"/>, and fails when there are fewer than
    /// <paramref name="minDigits"/>.
    /// </summary>
    public static bool TryReadNumber(
        ReadOnlySpan<byte> text, ref int position, int minDigits, int maxDigits, out int value)
    {
        Debug.Assert(maxDigits is > 0 and <= 9, "An int holds nine decimal digits safely.");

        value = 0;
        var end = position;
        while (end < text.Length && end - position < maxDigits && IsDigit(text[end]))
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        if (end - position < minDigits)
        {
            value = 0;
            return false;
        }

        position = end;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> starts with <paramref name="lowerCaseWord"/>, ignoring ASCII case.
    /// The word must be made of lower-case ASCII letters only.
    /// </summary>
    public static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerCaseWord)
    {
        if (text.Length < lowerCaseWord.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerCaseWord.Length; i++)
        {
            if ((text[i] | 0x20) != lowerCaseWord[i])
            {
                return false;
            }
        }

        return true;
    }
}
