namespace Panther.Schemas.Time;

/// <summary>Reads the parts that several timestamp formats share: a second's fraction and a UTC offset.</summary>
internal static class TimestampReader
{
    private const int MaxFractionDigits = 9;

    private const int TickDigits = 7;

    /// <summary>
    /// Reads one to nine digits after a decimal point as 100-nanosecond ticks. Digits past the seventh are below
    /// one tick and are dropped, not rounded, so a timestamp never moves into the next second.
    /// </summary>
    public static bool TryReadFraction(ReadOnlySpan<byte> text, ref int position, out long ticks)
    {
        ticks = 0;
        var digits = 0;
        while (position < text.Length && digits < MaxFractionDigits && AsciiText.IsDigit(text[position]))
        {
            if (digits < TickDigits)
            {
                ticks = (ticks * 10) + (text[position] - '0');
            }

            digits++;
            position++;
        }

        for (var i = digits; i < TickDigits; i++)
        {
            ticks *= 10;
        }

        return digits > 0;
    }

    /// <summary>
    /// Reads <c>Z</c>, <c>z</c>, <c>+HH</c>, <c>+HHMM</c> or <c>+HH:MM</c> (or the same with a minus sign) as
    /// minutes east of UTC.
    /// </summary>
    public static bool TryReadOffset(ReadOnlySpan<byte> text, ref int position, out int offsetMinutes)
    {
        offsetMinutes = 0;
        if (position >= text.Length)
        {
            return false;
        }

        var sign = text[position];
        if (sign is (byte)'Z' or (byte)'z')
        {
            position++;
            return true;
        }

        if (sign is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        var cursor = position + 1;
        if (!AsciiText.TryReadNumber(text, ref cursor, 2, 2, out var hours) || hours > 23)
        {
            return false;
        }

        var minutes = 0;
        var hasMinutes = AsciiText.TryConsume(text, ref cursor, (byte)':')
            || (cursor < text.Length && AsciiText.IsDigit(text[cursor]));
        if (hasMinutes && (!AsciiText.TryReadNumber(text, ref cursor, 2, 2, out minutes) || minutes > 59))
        {
            return false;
        }

        offsetMinutes = (sign == (byte)'-' ? -1 : 1) * ((hours * 60) + minutes);
        position = cursor;
        return true;
    }
}
