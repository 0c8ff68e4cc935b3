namespace Panther.Schemas.Time;

/// <summary>
/// Parses RFC 3339 timestamps as real logs write them: <c>YYYY-MM-DD</c>, then <c>T</c>, <c>t</c> or one space,
/// then <c>HH:MM:SS</c>, an optional fraction of one to nine digits, and an optional <c>Z</c> or offset.
/// </summary>
internal sealed class Rfc3339Format : TimestampFormat
{
    /// <inheritdoc />
    public override string Name => "rfc3339";

    /// <inheritdoc />
    public override bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime utc)
    {
        utc = default;
        var text = AsciiText.Trim(utf8Text);
        var position = 0;

        if (!TryReadDate(text, ref position, out var year, out var month, out var day)
            || !TryReadSeparator(text, ref position)
            || !TryReadTime(text, ref position, out var hour, out var minute, out var second))
        {
            return false;
        }

        var fractionTicks = 0L;
        if (AsciiText.TryConsume(text, ref position, (byte)'.')
            && !TimestampReader.TryReadFraction(text, ref position, out fractionTicks))
        {
            return false;
        }

        var offsetMinutes = 0;
        if (position < text.Length && !TimestampReader.TryReadOffset(text, ref position, out offsetMinutes))
        {
            return false;
        }

        var parts = new TimestampParts(year, month, day, hour, minute, second, fractionTicks, offsetMinutes);
        return position == text.Length && UtcDateTime.TryCreate(parts, out utc);
    }

    private static bool TryReadDate(
        ReadOnlySpan<byte> text, ref int position, out int year, out int month, out int day)
    {
        month = 0;
        day = 0;
        return AsciiText.TryReadNumber(text, ref position, 4, 4, out year)
            && AsciiText.TryConsume(text, ref position, (byte)'-')
            && AsciiText.TryReadNumber(text, ref position, 2, 2, out month)
            && AsciiText.TryConsume(text, ref position, (byte)'-')
            && AsciiText.TryReadNumber(text, ref position, 2, 2, out day);
    }

    private static bool TryReadSeparator(ReadOnlySpan<byte> text, ref int position) =>
        AsciiText.TryConsume(text, ref position, (byte)'T')
        || AsciiText.TryConsume(text, ref position, (byte)'t')
        || AsciiText.TryConsume(text, ref position, (byte)' ');

    private static bool TryReadTime(
        ReadOnlySpan<byte> text, ref int position, out int hour, out int minute, out int second)
    {
        minute = 0;
        second = 0;
        return AsciiText.TryReadNumber(text, ref position, 2, 2, out hour)
            && AsciiText.TryConsume(text, ref position, (byte)':')
            && AsciiText.TryReadNumber(text, ref position, 2, 2, out minute)
            && AsciiText.TryConsume(text, ref position, (byte)':')
            && AsciiText.TryReadNumber(text, ref position, 2, 2, out second);
    }
}
