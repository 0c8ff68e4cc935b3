using System.Buffers;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Small checks and conversions on UTF-8 text that look only at ASCII bytes. Bytes of 0x80 and above are never
/// treated as white space, digits or letters, so multi-byte characters pass through untouched.
/// </summary>
internal static class AsciiText
{
    private static readonly SearchValues<byte> WhiteSpace = SearchValues.Create(" \t\n\v\f\r"u8);

    /// <summary>Removes leading and trailing ASCII white space (space, tab, CR, LF, VT, FF).</summary>
    /// <param name="utf8">The text to trim.</param>
    /// <returns>The trimmed slice of <paramref name="utf8"/>.</returns>
    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> utf8)
    {
        var start = 0;
        while (start < utf8.Length && IsWhiteSpace(utf8[start]))
        {
            start++;
        }

        var end = utf8.Length;
        while (end > start && IsWhiteSpace(utf8[end - 1]))
        {
            end--;
        }

        return utf8[start..end];
    }

    /// <summary>Returns whether the byte is ASCII white space.</summary>
    /// <param name="value">The byte to test.</param>
    /// <returns><see langword="true"/> for space, tab, CR, LF, VT and FF.</returns>
    public static bool IsWhiteSpace(byte value) => WhiteSpace.Contains(value);

    /// <summary>Returns whether the text contains any ASCII white space.</summary>
    /// <param name="utf8">The text to search.</param>
    /// <returns><see langword="true"/> when a white-space byte is found.</returns>
    public static bool ContainsWhiteSpace(ReadOnlySpan<byte> utf8) => utf8.ContainsAny(WhiteSpace);

    /// <summary>Returns whether the byte is an ASCII digit.</summary>
    /// <param name="value">The byte to test.</param>
    /// <returns><see langword="true"/> for <c>0</c> to <c>9</c>.</returns>
    public static bool IsDigit(byte value) => (uint)(value - '0') <= 9;

    /// <summary>Returns whether the byte is an ASCII letter.</summary>
    /// <param name="value">The byte to test.</param>
    /// <returns><see langword="true"/> for <c>A</c> to <c>Z</c> and <c>a</c> to <c>z</c>.</returns>
    public static bool IsLetter(byte value) => (uint)((value | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Returns whether the byte is an ASCII hexadecimal digit of either case.</summary>
    /// <param name="value">The byte to test.</param>
    /// <returns><see langword="true"/> for <c>0-9</c>, <c>a-f</c> and <c>A-F</c>.</returns>
    public static bool IsHexDigit(byte value) => IsDigit(value) || (uint)((value | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>Returns whether the text is non-empty and made only of ASCII digits.</summary>
    /// <param name="utf8">The text to test.</param>
    /// <returns><see langword="true"/> when every byte is a digit.</returns>
    public static bool IsAllDigits(ReadOnlySpan<byte> utf8) =>
        !utf8.IsEmpty && !utf8.ContainsAnyExceptInRange((byte)'0', (byte)'9');

    /// <summary>Returns whether the text is non-empty and made only of hexadecimal digits.</summary>
    /// <param name="utf8">The text to test.</param>
    /// <returns><see langword="true"/> when every byte is a hex digit.</returns>
    public static bool IsAllHex(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return false;
        }

        foreach (var b in utf8)
        {
            if (!IsHexDigit(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether the text contains an upper-case ASCII letter.</summary>
    /// <param name="utf8">The text to search.</param>
    /// <returns><see langword="true"/> when a byte from <c>A</c> to <c>Z</c> is found.</returns>
    public static bool ContainsUpper(ReadOnlySpan<byte> utf8) => utf8.ContainsAnyInRange((byte)'A', (byte)'Z');

    /// <summary>Returns the lower-case form of an ASCII letter, or the byte itself for anything else.</summary>
    /// <param name="value">The byte to convert.</param>
    /// <returns>The converted byte.</returns>
    public static byte ToLower(byte value) => (uint)(value - 'A') <= 'Z' - 'A' ? (byte)(value | 0x20) : value;

    /// <summary>Copies text, lower-casing ASCII letters and leaving every other byte as it is.</summary>
    /// <param name="source">The text to copy.</param>
    /// <param name="destination">Where to copy it; at least as long as <paramref name="source"/>.</param>
    public static void CopyToLower(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToLower(source[i]);
        }
    }
}
