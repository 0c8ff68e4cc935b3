using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Panther.Parsing.Json;

/// <summary>Reads values out of a <see cref="JsonTokenIndex"/> and the bytes it indexes.</summary>
internal static class EventJson
{
    private const int StackLimit = 512;

    /// <summary>Finds the value token of an object member by name; -1 when absent. The first duplicate wins.</summary>
    /// <param name="tokens">The index.</param>
    /// <param name="data">The indexed bytes.</param>
    /// <param name="objectIndex">The index of the object token.</param>
    /// <param name="utf8Name">The unescaped member name.</param>
    /// <returns>The value's token index, or -1.</returns>
    public static int FindMember(JsonTokenIndex tokens, ReadOnlySpan<byte> data, int objectIndex,
        ReadOnlySpan<byte> utf8Name)
    {
        ref readonly var obj = ref tokens[objectIndex];
        if (obj.Type != JsonTokenType.StartObject)
        {
            return -1;
        }

        var end = obj.Next;
        for (var name = objectIndex + 1; name < end; name = tokens[name + 1].Next)
        {
            ref readonly var token = ref tokens[name];
            if ((token.IsEscaped || token.Length == utf8Name.Length) && StringEquals(in token, data, utf8Name))
            {
                return name + 1;
            }
        }

        return -1;
    }

    /// <summary>Compares a string or property name token with unescaped UTF-8 text.</summary>
    /// <param name="token">The token.</param>
    /// <param name="data">The indexed bytes.</param>
    /// <param name="utf8Text">The text.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    /// <remarks>An escaped text is at least a sixth of its escaped length (<c>\u0041</c> is one byte), so longer
    /// tokens are refused without unescaping them.</remarks>
    public static bool StringEquals(in JsonToken token, ReadOnlySpan<byte> data, ReadOnlySpan<byte> utf8Text)
    {
        var raw = data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            return raw.SequenceEqual(utf8Text);
        }

        if (utf8Text.Length > raw.Length || (long)utf8Text.Length * 6 < raw.Length)
        {
            return false;
        }

        byte[]? rented = null;
        var scratch = raw.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            JsonText.TryUnescape(raw, scratch, out var written);
            return scratch[..written].SequenceEqual(utf8Text);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Copies a string or property name token, unescaped, as UTF-16 characters without allocating.</summary>
    /// <param name="token">The token.</param>
    /// <param name="data">The indexed bytes.</param>
    /// <param name="destination">Where the characters go.</param>
    /// <param name="written">How many characters were written; 0 when the text does not fit.</param>
    /// <returns><see langword="false"/> when the text does not fit in <paramref name="destination"/>.</returns>
    public static bool TryCopyString(in JsonToken token, ReadOnlySpan<byte> data, Span<char> destination,
        out int written)
    {
        var raw = data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            return ToUtf16(raw, destination, out written);
        }

        byte[]? rented = null;
        var scratch = raw.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            JsonText.TryUnescape(raw, scratch, out var length);
            return ToUtf16(scratch[..length], destination, out written);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Decodes a string or property name token into a .NET string (allocates).</summary>
    /// <param name="token">The token.</param>
    /// <param name="data">The indexed bytes.</param>
    /// <returns>The decoded text.</returns>
    public static string DecodeString(in JsonToken token, ReadOnlySpan<byte> data)
    {
        var raw = data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var scratch = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            JsonText.TryUnescape(raw, scratch, out var written);
            return Encoding.UTF8.GetString(scratch, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Reads <c>true</c> or <c>false</c> (any case) from a string's content.</summary>
    /// <param name="text">The content.</param>
    /// <param name="value">The boolean.</param>
    /// <returns><see langword="true"/> when the text is a boolean.</returns>
    public static bool TryParseBooleanText(ReadOnlySpan<byte> text, out bool value)
    {
        text = text.Trim((byte)' ');
        if (Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            value = true;
            return true;
        }

        value = false;
        return Ascii.EqualsIgnoreCase(text, "false"u8);
    }

    private static bool ToUtf16(ReadOnlySpan<byte> utf8, Span<char> destination, out int written)
    {
        if (Utf8.ToUtf16(utf8, destination, out _, out written) == OperationStatus.Done)
        {
            return true;
        }

        written = 0;
        return false;
    }
}
