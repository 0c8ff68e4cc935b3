namespace Panther.Schemas.Time;

/// <summary>Runs one step of a compiled strftime pattern against the input bytes.</summary>
internal static class StrftimeTokenReader
{
    private const int MaxUnixSecondsDigits = 12;

    private static readonly long MinUnixSeconds = -UtcDateTime.UnixEpochTicks / TimeSpan.TicksPerSecond;

    private static readonly long MaxUnixSeconds =
        (DateTime.MaxValue.Ticks - UtcDateTime.UnixEpochTicks) / TimeSpan.TicksPerSecond;

    /// <summary>
    /// Reads what <paramref name="token"/> stands for at <paramref name="position"/> into
    /// <paramref name="fields"/>, and moves past it.
    /// </summary>
    /// <returns><see langword="false"/> when the text there does not match the step.</returns>
    public static bool TryRead(
        StrftimeToken token, ReadOnlySpan<byte> text, ref int position, ref StrftimeFields fields)
    {
        switch (token.Kind)
        {
            case StrftimeTokenKind.Literal:
                return AsciiText.TryConsume(text, ref position, token.Literal);
            case StrftimeTokenKind.Spaces:
                return TrySkipSpaces(text, ref position);
            case StrftimeTokenKind.Year:
                return TryReadInRange(text, ref position, 4, 4, 1, 9999, out fields.Year);
            case StrftimeTokenKind.ShortYear:
                return TryReadShortYear(text, ref position, out fields.Year);
            case StrftimeTokenKind.Month:
                return TryReadInRange(text, ref position, 1, 2, 1, 12, out fields.Month);
            case StrftimeTokenKind.SpacePaddedDay:
                AsciiText.TryConsume(text, ref position, (byte)' ');
                return TryReadInRange(text, ref position, 1, 2, 1, 31, out fields.Day);
            case StrftimeTokenKind.Day:
                return TryReadInRange(text, ref position, 1, 2, 1, 31, out fields.Day);
            case StrftimeTokenKind.SpacePaddedHour:
                AsciiText.TryConsume(text, ref position, (byte)' ');
                return TryReadInRange(text, ref position, 1, 2, 0, 23, out fields.Hour);
            case StrftimeTokenKind.Hour:
                return TryReadInRange(text, ref position, 1, 2, 0, 23, out fields.Hour);
            case StrftimeTokenKind.SpacePaddedTwelveHour:
                AsciiText.TryConsume(text, ref position, (byte)' ');
                return TryReadTwelveHour(text, ref position, ref fields);
            case StrftimeTokenKind.TwelveHour:
                return TryReadTwelveHour(text, ref position, ref fields);
            case StrftimeTokenKind.Meridiem:
                return TryReadMeridiem(text, ref position, ref fields);
            case StrftimeTokenKind.Minute:
                return TryReadInRange(text, ref position, 1, 2, 0, 59, out fields.Minute);
            case StrftimeTokenKind.Second:
                return TryReadInRange(text, ref position, 1, 2, 0, 59, out fields.Second);
            case StrftimeTokenKind.Fraction:
                return TimestampReader.TryReadFraction(text, ref position, out fields.FractionTicks);
            case StrftimeTokenKind.Offset:
                return TimestampReader.TryReadOffset(text, ref position, out fields.OffsetMinutes);
            case StrftimeTokenKind.ZoneName:
                return TryReadZoneName(text, ref position);
            case StrftimeTokenKind.MonthName:
                return CalendarNames.TryReadMonth(text, ref position, out fields.Month);
            case StrftimeTokenKind.WeekdayName:
                return CalendarNames.TryReadWeekday(text, ref position);
            case StrftimeTokenKind.DayOfYear:
                return TryReadInRange(text, ref position, 1, 3, 1, 366, out fields.DayOfYear);
            case StrftimeTokenKind.UnixSeconds:
                return TryReadUnixSeconds(text, ref position, ref fields);
            default:
                return false;
        }
    }

    private static bool TrySkipSpaces(ReadOnlySpan<byte> text, ref int position)
    {
        var start = position;
        while (position < text.Length && text[position] == (byte)' ')
        {
            position++;
        }

        return position > start;
    }

    private static bool TryReadInRange(
        ReadOnlySpan<byte> text, ref int position, int minDigits, int maxDigits, int min, int max, out int value)
    {
        var cursor = position;
        if (!AsciiText.TryReadNumber(text, ref cursor, minDigits, maxDigits, out value) || value < min || value > max)
        {
            value = 0;
            return false;
        }

        position = cursor;
        return true;
    }

    private static bool TryReadShortYear(ReadOnlySpan<byte> text, ref int position, out int year)
    {
        if (!AsciiText.TryReadNumber(text, ref position, 2, 2, out year))
        {
            return false;
        }

        year += year >= 69 ? 1900 : 2000;
        return true;
    }

    private static bool TryReadTwelveHour(ReadOnlySpan<byte> text, ref int position, ref StrftimeFields fields)
    {
        fields.IsTwelveHour = true;
        return TryReadInRange(text, ref position, 1, 2, 1, 12, out fields.Hour);
    }

    private static bool TryReadMeridiem(ReadOnlySpan<byte> text, ref int position, ref StrftimeFields fields)
    {
        var rest = text[position..];
        fields.IsPm = AsciiText.StartsWithIgnoreCase(rest, "pm"u8);
        if (!fields.IsPm && !AsciiText.StartsWithIgnoreCase(rest, "am"u8))
        {
            return false;
        }

        fields.HasMeridiem = true;
        position += 2;
        return true;
    }

    private static bool TryReadZoneName(ReadOnlySpan<byte> text, ref int position)
    {
        var rest = text[position..];
        var length = AsciiText.StartsWithIgnoreCase(rest, "utc"u8) || AsciiText.StartsWithIgnoreCase(rest, "gmt"u8)
            ? 3
            : AsciiText.StartsWithIgnoreCase(rest, "z"u8) ? 1 : 0;

        position += length;
        return length > 0;
    }

    private static bool TryReadUnixSeconds(ReadOnlySpan<byte> text, ref int position, ref StrftimeFields fields)
    {
        var cursor = position;
        var negative = AsciiText.TryConsume(text, ref cursor, (byte)'-');
        var digitsStart = cursor;
        var seconds = 0L;
        while (cursor < text.Length && cursor - digitsStart < MaxUnixSecondsDigits && AsciiText.IsDigit(text[cursor]))
        {
            seconds = (seconds * 10) + (text[cursor] - '0');
            cursor++;
        }

        seconds = negative ? -seconds : seconds;
        if (cursor == digitsStart || seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
        {
            return false;
        }

        fields.UnixSeconds = seconds;
        fields.HasUnixSeconds = true;
        position = cursor;
        return true;
    }
}
