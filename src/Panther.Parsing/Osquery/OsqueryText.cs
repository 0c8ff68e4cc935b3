using System.Buffers;
using System.Text;

namespace Panther.Parsing.Osquery;

/// <summary>
/// Helpers for text that osquery wrote. Some osquery versions write the bytes of non-ASCII text as literal
/// <c>\xHH</c> escapes (the JSON then holds <c>"Microsoft\\xC2\\xAE"</c>), in column values and even in
/// <c>hostIdentifier</c>. The parser keeps such text exactly as written; call <see cref="DecodeHexEscapes"/> when you
/// want the characters back.
/// </summary>
public static class OsqueryText
{
    private const int EscapeLength = 4;

    private const int StackLimit = 256;

    /// <summary>
    /// Decodes runs of <c>\xHH</c> escapes that spell UTF-8 characters: <c>Microsoft\xC2\xAE</c> becomes
    /// <c>Microsoft®</c> and <c>\xF0\x9F\x9A\xB2</c> becomes <c>🚲</c>.
    /// </summary>
    /// <remarks>
    /// Only well-formed multi-byte UTF-8 sequences are decoded. Escapes of ASCII bytes (<c>\x41</c>, which could be
    /// part of a Windows path such as <c>C:\x41</c>) and bytes that do not form a valid sequence are left exactly as
    /// written, so the result never holds a replacement character the input did not have. Never throws for any text.
    /// </remarks>
    /// <param name="text">The text as osquery wrote it.</param>
    /// <returns>The decoded text; <paramref name="text"/> itself when it holds no escape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string DecodeHexEscapes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var first = text.IndexOf("\\x", StringComparison.Ordinal);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        var position = first;
        while (position < text.Length)
        {
            var escapes = CountEscapes(text, position);
            if (escapes == 0)
            {
                builder.Append(text[position]);
                position++;
                continue;
            }

            AppendRun(builder, text.AsSpan(position, escapes * EscapeLength));
            position += escapes * EscapeLength;
        }

        return builder.ToString();
    }

    private static int CountEscapes(string text, int position)
    {
        var count = 0;
        while (position + EscapeLength <= text.Length
            && text[position] == '\\'
            && text[position + 1] == 'x'
            && char.IsAsciiHexDigit(text[position + 2])
            && char.IsAsciiHexDigit(text[position + 3]))
        {
            count++;
            position += EscapeLength;
        }

        return count;
    }

    /// <summary>Appends a run of escapes, decoded where they spell a multi-byte character.</summary>
    private static void AppendRun(StringBuilder builder, ReadOnlySpan<char> run)
    {
        var count = run.Length / EscapeLength;
        var rented = count > StackLimit ? ArrayPool<byte>.Shared.Rent(count) : null;
        var bytes = rented is null ? stackalloc byte[StackLimit] : rented;
        for (var i = 0; i < count; i++)
        {
            var escape = run.Slice(i * EscapeLength, EscapeLength);
            bytes[i] = (byte)((HexValue(escape[2]) << 4) | HexValue(escape[3]));
        }

        Span<char> utf16 = stackalloc char[2];
        var offset = 0;
        while (offset < count)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..count], out var rune, out var consumed);
            if (status == OperationStatus.Done && consumed > 1)
            {
                builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
            else
            {
                builder.Append(run.Slice(offset * EscapeLength, consumed * EscapeLength));
            }

            offset += consumed;
        }

        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
