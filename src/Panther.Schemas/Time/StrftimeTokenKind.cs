namespace Panther.Schemas.Time;

/// <summary>What one step of a compiled strftime pattern reads.</summary>
internal enum StrftimeTokenKind
{
    /// <summary>One byte that must match exactly.</summary>
    Literal,

    /// <summary>One or more spaces, from a run of spaces in the pattern.</summary>
    Spaces,

    /// <summary><c>%Y</c>: a four-digit year.</summary>
    Year,

    /// <summary><c>%y</c>: a two-digit year; 69 to 99 are 19xx, the rest 20xx.</summary>
    ShortYear,

    /// <summary><c>%m</c>: a month number of one or two digits.</summary>
    Month,

    /// <summary><c>%d</c>: a day of the month of one or two digits.</summary>
    Day,

    /// <summary><c>%e</c>: a day of the month, possibly after one padding space.</summary>
    SpacePaddedDay,

    /// <summary><c>%H</c>: an hour from 0 to 23.</summary>
    Hour,

    /// <summary><c>%k</c>: an hour from 0 to 23, possibly after one padding space.</summary>
    SpacePaddedHour,

    /// <summary><c>%I</c>: an hour from 1 to 12.</summary>
    TwelveHour,

    /// <summary><c>%l</c>: an hour from 1 to 12, possibly after one padding space.</summary>
    SpacePaddedTwelveHour,

    /// <summary><c>%p</c>: AM or PM in any case.</summary>
    Meridiem,

    /// <summary><c>%M</c>: the minute.</summary>
    Minute,

    /// <summary><c>%S</c>: the second.</summary>
    Second,

    /// <summary><c>%f</c>: one to nine digits of a second's fraction.</summary>
    Fraction,

    /// <summary><c>%z</c>: a UTC offset or <c>Z</c>.</summary>
    Offset,

    /// <summary><c>%Z</c>: a zone name, only UTC, GMT or Z.</summary>
    ZoneName,

    /// <summary><c>%b</c>, <c>%h</c>, <c>%B</c>: an English month name, full or abbreviated.</summary>
    MonthName,

    /// <summary><c>%a</c>, <c>%A</c>: an English weekday name, full or abbreviated.</summary>
    WeekdayName,

    /// <summary><c>%j</c>: the day of the year, 1 to 366.</summary>
    DayOfYear,

    /// <summary><c>%s</c>: whole seconds since the Unix epoch, possibly negative.</summary>
    UnixSeconds,
}
