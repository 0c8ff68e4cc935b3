namespace Panther.Sinks.Writing.Columns;

/// <summary>Brings a caller's time to UTC before it is written to a UTC timestamp column.</summary>
internal static class UtcTimestamp
{
    /// <summary>Converts a local time to UTC and takes an unspecified time as UTC.</summary>
    public static DateTime From(DateTime time) => time.Kind switch
    {
        DateTimeKind.Utc => time,
        DateTimeKind.Local => time.ToUniversalTime(),
        _ => DateTime.SpecifyKind(time, DateTimeKind.Utc),
    };
}
