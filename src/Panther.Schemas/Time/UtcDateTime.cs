namespace Panther.Schemas.Time;

/// <summary>Builds UTC <see cref="DateTime"/> values from parsed parts without ever throwing.</summary>
internal static class UtcDateTime
{
    /// <summary>Ticks of 1970-01-01T00:00:00Z, the Unix epoch.</summary>
    public static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>
    /// Checks the calendar parts, then returns the instant they name at the given offset, converted to UTC.
    /// Fails for an impossible date or time (day 00, February 30, hour 24, second 60) and for an instant outside
    /// the range of <see cref="DateTime"/> once the offset is applied.
    /// </summary>
    public static bool TryCreate(in TimestampParts parts, out DateTime utc)
    {
        utc = default;
        if (parts.Year is < 1 or > 9999 || parts.Month is < 1 or > 12 || parts.Day < 1
            || parts.Day > DateTime.DaysInMonth(parts.Year, parts.Month))
        {
            return false;
        }

        if (parts.Hour is < 0 or > 23 || parts.Minute is < 0 or > 59 || parts.Second is < 0 or > 59
            || parts.FractionTicks is < 0 or >= TimeSpan.TicksPerSecond)
        {
            return false;
        }

        var local = new DateTime(
            parts.Year, parts.Month, parts.Day, parts.Hour, parts.Minute, parts.Second, DateTimeKind.Utc);
        var ticks = local.Ticks + parts.FractionTicks - (parts.OffsetMinutes * TimeSpan.TicksPerMinute);
        return TryFromTicks(ticks, out utc);
    }

    /// <summary>Returns a UTC value for <paramref name="ticks"/> when they are within the range of DateTime.</summary>
    public static bool TryFromTicks(long ticks, out DateTime utc)
    {
        if (ticks < 0 || ticks > DateTime.MaxValue.Ticks)
        {
            utc = default;
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }
}
