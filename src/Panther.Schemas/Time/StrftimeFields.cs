namespace Panther.Schemas.Time;

/// <summary>
/// What the steps of a strftime pattern have read so far. Zero in <see cref="Year"/>, <see cref="Month"/>,
/// <see cref="Day"/> and <see cref="DayOfYear"/> means the pattern did not set it.
/// </summary>
/// <remarks>A mutable struct filled in place: pass it by reference, never by value.</remarks>
internal struct StrftimeFields
{
    /// <summary>The year, or 0 when the pattern has none.</summary>
    public int Year;

    /// <summary>The month, or 0 when the pattern has none.</summary>
    public int Month;

    /// <summary>The day of the month, or 0 when the pattern has none.</summary>
    public int Day;

    /// <summary>The day of the year, or 0 when the pattern has none.</summary>
    public int DayOfYear;

    /// <summary>The hour, on a 12-hour clock when <see cref="IsTwelveHour"/> is set.</summary>
    public int Hour;

    /// <summary>The minute.</summary>
    public int Minute;

    /// <summary>The second.</summary>
    public int Second;

    /// <summary>The fraction of the second in 100-nanosecond ticks.</summary>
    public long FractionTicks;

    /// <summary>The offset from UTC in minutes, east positive.</summary>
    public int OffsetMinutes;

    /// <summary>Whether <see cref="Hour"/> was read with <c>%I</c> or <c>%l</c>.</summary>
    public bool IsTwelveHour;

    /// <summary>Whether <c>%p</c> was read.</summary>
    public bool HasMeridiem;

    /// <summary>Whether <c>%p</c> read PM.</summary>
    public bool IsPm;

    /// <summary>Whether <c>%s</c> was read; it then decides the instant, together with any fraction.</summary>
    public bool HasUnixSeconds;

    /// <summary>Whole seconds since the Unix epoch, read with <c>%s</c>.</summary>
    public long UnixSeconds;

    /// <summary>
    /// Combines the fields into a UTC instant. A missing year is the current UTC year; a missing month or day is 1.
    /// A day of the year sets the date, and must agree with any month and day that were also read.
    /// </summary>
    public readonly bool TryToUtc(out DateTime utc)
    {
        if (HasUnixSeconds)
        {
            var ticks = UtcDateTime.UnixEpochTicks + (UnixSeconds * TimeSpan.TicksPerSecond) + FractionTicks;
            return UtcDateTime.TryFromTicks(ticks, out utc);
        }

        utc = default;
        var year = Year != 0 ? Year : DateTime.UtcNow.Year;
        var month = Month != 0 ? Month : 1;
        var day = Day != 0 ? Day : 1;
        if (DayOfYear != 0 && !TryApplyDayOfYear(year, ref month, ref day))
        {
            return false;
        }

        var hour = Hour;
        if (IsTwelveHour && HasMeridiem)
        {
            hour = (hour % 12) + (IsPm ? 12 : 0);
        }

        var parts = new TimestampParts(year, month, day, hour, Minute, Second, FractionTicks, OffsetMinutes);
        return UtcDateTime.TryCreate(parts, out utc);
    }

    private readonly bool TryApplyDayOfYear(int year, ref int month, ref int day)
    {
        if (year is < 1 or > 9999 || DayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
        {
            return false;
        }

        var date = new DateOnly(year, 1, 1).AddDays(DayOfYear - 1);
        if ((Month != 0 && Month != date.Month) || (Day != 0 && Day != date.Day))
        {
            return false;
        }

        month = date.Month;
        day = date.Day;
        return true;
    }
}
