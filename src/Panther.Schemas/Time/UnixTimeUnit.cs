namespace Panther.Schemas.Time;

/// <summary>The unit a Unix timestamp counts since 1970-01-01T00:00:00Z.</summary>
internal enum UnixTimeUnit
{
    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Milliseconds.</summary>
    Milliseconds,

    /// <summary>Microseconds.</summary>
    Microseconds,

    /// <summary>Nanoseconds.</summary>
    Nanoseconds,
}
