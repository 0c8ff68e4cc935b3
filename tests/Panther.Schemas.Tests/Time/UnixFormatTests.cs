using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

public class UnixFormatTests
{
    [Theory]
    [InlineData("1543265312", "2018-11-26T20:48:32Z")]
    [InlineData("1543265312.123", "2018-11-26T20:48:32.123Z")]
    [InlineData("1543265312.123456789", "2018-11-26T20:48:32.1234567Z")]
    [InlineData("1.5e9", "2017-07-14T02:40:00Z")]
    [InlineData("1.5E+9", "2017-07-14T02:40:00Z")]
    [InlineData("15e8", "2017-07-14T02:40:00Z")]
    [InlineData("0", "1970-01-01T00:00:00Z")]
    [InlineData("-0", "1970-01-01T00:00:00Z")]
    [InlineData("-1", "1969-12-31T23:59:59Z")]
    [InlineData("-1.5", "1969-12-31T23:59:58.5Z")]
    [InlineData(" 42 ", "1970-01-01T00:00:42Z")]
    [InlineData("253402300799", "9999-12-31T23:59:59Z")]
    [InlineData("253402300799.9999999", "9999-12-31T23:59:59.9999999Z")]
    [InlineData("-62135596800", "0001-01-01T00:00:00Z")]
    public void Seconds_parse_to_the_exact_instant(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.UnixSeconds, text, expected);

    [Theory]
    [InlineData("1543265312123", "2018-11-26T20:48:32.123Z")]
    [InlineData("1543265312123.5", "2018-11-26T20:48:32.1235Z")]
    [InlineData("1.543265312123e12", "2018-11-26T20:48:32.123Z")]
    [InlineData("-1", "1969-12-31T23:59:59.999Z")]
    public void Milliseconds_parse_to_the_exact_instant(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.UnixMilliseconds, text, expected);

    [Theory]
    [InlineData("1543265312123456", "2018-11-26T20:48:32.123456Z")]
    [InlineData("1543265312123456.7", "2018-11-26T20:48:32.1234567Z")]
    [InlineData("-1", "1969-12-31T23:59:59.999999Z")]
    public void Microseconds_parse_to_the_exact_instant(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.UnixMicroseconds, text, expected);

    [Theory]
    [InlineData("1543265312123456789", "2018-11-26T20:48:32.1234567Z")]
    [InlineData("1543265312123456700", "2018-11-26T20:48:32.1234567Z")]
    [InlineData("100", "1970-01-01T00:00:00.0000001Z")]
    [InlineData("99", "1970-01-01T00:00:00Z")]
    [InlineData("-1", "1969-12-31T23:59:59.9999999Z")]
    [InlineData("-100", "1969-12-31T23:59:59.9999999Z")]
    public void Nanoseconds_below_a_tick_are_dropped_toward_the_earlier_instant(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.UnixNanoseconds, text, expected);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("...")]
    [InlineData("foo")]
    [InlineData("12abc")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("--1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    [InlineData("1,5")]
    [InlineData("1e400")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("1e20")]
    [InlineData("253402300800")]
    [InlineData("-62135596801")]
    [InlineData("2019-06-19T00:18:31Z")]
    public void Invalid_or_out_of_range_seconds_are_rejected(string text) =>
        TimeText.AssertRejects(TimestampFormat.UnixSeconds, text);

    [Theory]
    [InlineData("unix_ms", "253402300800000")]
    [InlineData("unix_ms", "-62135596800001")]
    [InlineData("unix_us", "253402300800000000")]
    [InlineData("unix_ns", "253402300800000000000")]
    [InlineData("unix_ns", "-62135596800000000001")]
    [InlineData("unix_ns", "1e30")]
    public void Out_of_range_values_in_smaller_units_are_rejected(string format, string text) =>
        TimeText.AssertRejects(TimestampFormat.Parse(format), text);
}
