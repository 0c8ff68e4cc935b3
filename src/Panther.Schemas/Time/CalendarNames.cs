namespace Panther.Schemas.Time;

/// <summary>
/// Reads English month and weekday names, full or abbreviated to their first three letters, in any case.
/// </summary>
internal static class CalendarNames
{
    private const int AbbreviationLength = 3;

    /// <summary>Reads a month name and returns its number, 1 to 12.</summary>
    public static bool TryReadMonth(ReadOnlySpan<byte> text, ref int position, out int month)
    {
        for (month = 1; month <= 12; month++)
        {
            if (TryReadName(text, ref position, MonthName(month)))
            {
                return true;
            }
        }

        month = 0;
        return false;
    }

    /// <summary>Reads a weekday name.</summary>
    public static bool TryReadWeekday(ReadOnlySpan<byte> text, ref int position)
    {
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            if (TryReadName(text, ref position, WeekdayName(day)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryReadName(ReadOnlySpan<byte> text, ref int position, ReadOnlySpan<byte> fullName)
    {
        var rest = text[position..];
        if (AsciiText.StartsWithIgnoreCase(rest, fullName))
        {
            position += fullName.Length;
            return true;
        }

        if (AsciiText.StartsWithIgnoreCase(rest, fullName[..AbbreviationLength]))
        {
            position += AbbreviationLength;
            return true;
        }

        return false;
    }

    private static ReadOnlySpan<byte> MonthName(int month) => month switch
    {
        1 => "january"u8,
        2 => "february"u8,
        3 => "march"u8,
        4 => "april"u8,
        5 => "may"u8,
        6 => "june"u8,
        7 => "july"u8,
        8 => "august"u8,
        9 => "september"u8,
        10 => "october"u8,
        11 => "november"u8,
        _ => "december"u8,
    };

    private static ReadOnlySpan<byte> WeekdayName(DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => "sunday"u8,
        DayOfWeek.Monday => "monday"u8,
        DayOfWeek.Tuesday => "tuesday"u8,
        DayOfWeek.Wednesday => "wednesday"u8,
        DayOfWeek.Thursday => "thursday"u8,
        DayOfWeek.Friday => "friday"u8,
        _ => "saturday"u8,
    };
}
