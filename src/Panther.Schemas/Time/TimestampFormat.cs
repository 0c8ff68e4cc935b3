namespace Panther.Schemas.Time;

/// <summary>
/// Says how a log field writes its time, and turns that text into a UTC <see cref="DateTime"/>.
/// Pick one of the built-in formats (<see cref="Rfc3339"/>, <see cref="UnixSeconds"/> and the other Unix units),
/// a strftime pattern with <see cref="Custom"/>, or read a schema's name for it with <see cref="Parse"/>.
/// </summary>
/// <remarks>
/// Instances are immutable and safe to share between threads. <see cref="TryParse"/> runs on the hot path for
/// every event: it does not allocate and does not throw for any input.
/// </remarks>
public abstract class TimestampFormat
{
    private const string UnixName = "unix";

    private protected TimestampFormat()
    {
    }

    /// <summary>
    /// RFC 3339 text such as <c>2019-06-19T00:18:31Z</c> or <c>2015-10-22T11:17:43.787396+0000</c>. Accepts a
    /// fraction of one to nine digits, an offset with or without a colon or minutes, <c>t</c> or a space in place of
    /// <c>T</c>, and no offset at all, which means UTC.
    /// </summary>
    public static TimestampFormat Rfc3339 { get; } = new Rfc3339Format();

    /// <summary>Seconds since 1970-01-01T00:00:00Z, as a JSON number or a numeric string, fraction allowed.</summary>
    public static TimestampFormat UnixSeconds { get; } = new UnixFormat(UnixTimeUnit.Seconds, UnixName);

    /// <summary>Milliseconds since 1970-01-01T00:00:00Z, as a JSON number or a numeric string.</summary>
    public static TimestampFormat UnixMilliseconds { get; } = new UnixFormat(UnixTimeUnit.Milliseconds, "unix_ms");

    /// <summary>Microseconds since 1970-01-01T00:00:00Z, as a JSON number or a numeric string.</summary>
    public static TimestampFormat UnixMicroseconds { get; } = new UnixFormat(UnixTimeUnit.Microseconds, "unix_us");

    /// <summary>
    /// Nanoseconds since 1970-01-01T00:00:00Z, as a JSON number or a numeric string. Precision below one
    /// 100-nanosecond tick is dropped.
    /// </summary>
    public static TimestampFormat UnixNanoseconds { get; } = new UnixFormat(UnixTimeUnit.Nanoseconds, "unix_ns");

    /// <summary>
    /// The name a schema uses for this format: <c>rfc3339</c>, <c>unix</c>, <c>unix_ms</c>, <c>unix_us</c>,
    /// <c>unix_ns</c>, or the strftime pattern of a custom format. <see cref="Parse"/> turns it back into a format.
    /// </summary>
    public abstract string Name { get; }

    /// <summary>
    /// Creates a format from a strftime-style pattern such as <c>%Y-%m-%d %H:%M:%S.%f %z</c>.
    /// </summary>
    /// <remarks>
    /// Supported directives: <c>%Y %y %m %d %e %H %k %I %l %p %M %S %f %z %Z %b %h %B %a %A %j %s %T %F %D %R %%</c>.
    /// A space in the pattern matches one or more spaces; any other character must match exactly. Month and weekday
    /// names are English and matched without regard to case, full or abbreviated; a weekday is checked only for
    /// being one. <c>%Z</c> accepts only <c>UTC</c>, <c>GMT</c> and <c>Z</c>. A time with no offset is UTC.
    /// A pattern without a year takes the current UTC year, as syslog readers do; parts that are missing otherwise
    /// take their smallest value.
    /// </remarks>
    /// <param name="pattern">The strftime pattern.</param>
    /// <returns>A format that parses text written with <paramref name="pattern"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pattern"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="pattern"/> is blank, uses a directive that is not supported, ends with a lone <c>%</c>,
    /// or has no directive for any part of a date or time.
    /// </exception>
    public static TimestampFormat Custom(string pattern) => new StrftimeFormat(pattern);

    /// <summary>
    /// Creates a format that tries several formats in order and takes the first that parses, for logs whose writers
    /// disagree on the format of one field.
    /// </summary>
    /// <param name="formats">The formats, most common first; at least one.</param>
    /// <returns>The combined format; a single format is returned as it is.</returns>
    /// <exception cref="ArgumentException"><paramref name="formats"/> is empty.</exception>
    public static TimestampFormat FirstOf(params IEnumerable<TimestampFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        TimestampFormat[] list = [.. formats];
        return list.Length switch
        {
            0 => throw new ArgumentException("At least one timestamp format is needed.", nameof(formats)),
            1 => list[0],
            _ => new FirstMatchFormat(list),
        };
    }

    /// <summary>
    /// Returns the format a schema names: <c>rfc3339</c>, <c>unix</c>, <c>unix_ms</c>, <c>unix_us</c> or
    /// <c>unix_ns</c>, or a strftime pattern, which is anything that contains <c>%</c>.
    /// </summary>
    /// <param name="name">The name, matched exactly, as <see cref="Name"/> gives it.</param>
    /// <returns>The built-in format of that name, or a new custom format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is neither a built-in name nor a valid strftime pattern.
    /// </exception>
    public static TimestampFormat Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        return name switch
        {
            "rfc3339" => Rfc3339,
            UnixName => UnixSeconds,
            "unix_ms" => UnixMilliseconds,
            "unix_us" => UnixMicroseconds,
            "unix_ns" => UnixNanoseconds,
            _ when name.Contains('%', StringComparison.Ordinal) => Custom(name),
            _ => throw new ArgumentException(
                $"'{name}' is not a timestamp format. Use rfc3339, unix, unix_ms, unix_us, unix_ns, "
                + "or a strftime pattern such as '%Y-%m-%d %H:%M:%S'.",
                nameof(name)),
        };
    }

    /// <summary>
    /// Parses a timestamp written in this format. ASCII white space around the value is ignored.
    /// </summary>
    /// <param name="utf8Text">
    /// The UTF-8 text of a JSON string value, already unescaped, or the raw text of a JSON number.
    /// </param>
    /// <param name="utc">The instant, with <see cref="DateTimeKind.Utc"/>; <c>default</c> when parsing fails.</param>
    /// <returns>
    /// <see langword="true"/> when the whole text is a valid timestamp; <see langword="false"/> for anything else,
    /// such as empty text, trailing characters, an impossible date or an instant outside the range of
    /// <see cref="DateTime"/>.
    /// </returns>
    public abstract bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime utc);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name of the format.</returns>
    public override string ToString() => Name;
}
