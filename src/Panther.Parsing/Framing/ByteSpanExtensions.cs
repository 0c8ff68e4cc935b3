namespace Panther.Parsing.Framing;

/// <summary>Small helpers over UTF-8 spans used by the framers.</summary>
internal static class ByteSpanExtensions
{
    private static readonly System.Buffers.SearchValues<byte> JsonWhiteSpace =
        System.Buffers.SearchValues.Create(" \t\r\n"u8);

    /// <summary>Checks whether a span holds only JSON white space (space, tab, CR, LF).</summary>
    /// <param name="span">The bytes.</param>
    /// <returns><see langword="true"/> for an empty or all-white-space span.</returns>
    public static bool IsWhiteSpace(this ReadOnlySpan<byte> span) => span.IndexOfAnyExcept(JsonWhiteSpace) < 0;
}
