namespace Panther.Schemas.Time;

/// <summary>
/// The calendar parts of a timestamp as written, before they are checked and converted to UTC by
/// <see cref="UtcDateTime.TryCreate"/>.
/// </summary>
/// <param name="Year">The year, 1 to 9999.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month.</param>
/// <param name="Hour">The hour, 0 to 23.</param>
/// <param name="Minute">The minute, 0 to 59.</param>
/// <param name="Second">The second, 0 to 59.</param>
/// <param name="FractionTicks">The fraction of the second in 100-nanosecond ticks.</param>
/// <param name="OffsetMinutes">The offset of the written time from UTC in minutes, east positive.</param>
internal readonly record struct TimestampParts(
    int Year,
    int Month,
    int Day,
    int Hour,
    int Minute,
    int Second,
    long FractionTicks,
    int OffsetMinutes);
