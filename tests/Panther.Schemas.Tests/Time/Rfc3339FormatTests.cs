using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

public class Rfc3339FormatTests
{
    [Theory]
    [InlineData("2019-06-19T00:18:31Z", "2019-06-19T00:18:31Z")]
    [InlineData("2020-08-28T21:07:32.000Z", "2020-08-28T21:07:32Z")]
    [InlineData("2021-03-04T05:06:07.1Z", "2021-03-04T05:06:07.1Z")]
    [InlineData("2021-03-04t05:06:07z", "2021-03-04T05:06:07Z")]
    [InlineData("2024-01-01 10:00:00", "2024-01-01T10:00:00Z")]
    [InlineData("2024-01-01T10:00:00", "2024-01-01T10:00:00Z")]
    [InlineData("2024-01-01T10:00:00.5", "2024-01-01T10:00:00.5Z")]
    [InlineData("2000-02-29T12:00:00Z", "2000-02-29T12:00:00Z")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999Z")]
    [InlineData("  2021-03-04T05:06:07Z\r\n", "2021-03-04T05:06:07Z")]
    [InlineData("\t2021-03-04T05:06:07Z ", "2021-03-04T05:06:07Z")]
    public void Utc_timestamps_parse_to_the_exact_instant(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Rfc3339, text, expected);

    [Theory]
    [InlineData("2017-06-07T19:04:33.123-0600", "2017-06-08T01:04:33.123Z")]
    [InlineData("2017-06-07T19:04:33.123-06:00", "2017-06-08T01:04:33.123Z")]
    [InlineData("2021-03-04T05:06:07+02", "2021-03-04T03:06:07Z")]
    [InlineData("2021-03-04T05:06:07-00:00", "2021-03-04T05:06:07Z")]
    [InlineData("2021-01-01T00:30:00+01:00", "2020-12-31T23:30:00Z")]
    [InlineData("2021-03-04T05:06:07.123456789+05:30", "2021-03-03T23:36:07.1234567Z")]
    [InlineData("2021-03-04T05:06:07+23:59", "2021-03-03T05:07:07Z")]
    public void Offsets_are_subtracted_to_reach_utc(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Rfc3339, text, expected);

    [Fact]
    public void Suricata_offset_without_colon_is_converted_to_utc() =>
        TimeText.AssertParses(
            TimestampFormat.Rfc3339, "2015-10-22T11:17:43.787396+0000", "2015-10-22T11:17:43.787396Z");

    [Theory]
    [InlineData("2021-03-04T05:06:07.12345678Z", "2021-03-04T05:06:07.1234567Z")]
    [InlineData("2021-03-04T05:06:07.999999999Z", "2021-03-04T05:06:07.9999999Z")]
    [InlineData("2021-03-04T05:06:07.000000001Z", "2021-03-04T05:06:07Z")]
    public void Fractions_longer_than_a_tick_are_truncated_not_rounded(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Rfc3339, text, expected);

    [Theory]
    [InlineData("1900-01-00T00:00:14.199185+0000")]
    [InlineData("2021-00-10T00:00:00Z")]
    [InlineData("2021-13-01T00:00:00Z")]
    [InlineData("2021-02-29T00:00:00Z")]
    [InlineData("2020-02-30T00:00:00Z")]
    [InlineData("2021-04-31T00:00:00Z")]
    [InlineData("2021-01-32T00:00:00Z")]
    [InlineData("2021-01-01T24:00:00Z")]
    [InlineData("2021-01-01T25:00:00Z")]
    [InlineData("2021-01-01T23:60:00Z")]
    [InlineData("2021-01-01T23:59:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00+01:00")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    public void Impossible_dates_and_times_are_rejected(string text) =>
        TimeText.AssertRejects(TimestampFormat.Rfc3339, text);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...")]
    [InlineData("foo")]
    [InlineData("2021-01-01")]
    [InlineData("2021-01-01T00:00")]
    [InlineData("2021-01-01T00:00:00Zjunk")]
    [InlineData("2021-01-01T00:00:00 Z")]
    [InlineData("2021-01-01T00:00:00.")]
    [InlineData("2021-01-01T00:00:00.Z")]
    [InlineData("2021-01-01T00:00:00.1234567890Z")]
    [InlineData("2021-1-01T00:00:00Z")]
    [InlineData("21-01-01T00:00:00Z")]
    [InlineData("20211-01-01T00:00:00Z")]
    [InlineData("2021-01-01X00:00:00Z")]
    [InlineData("2021-01-01  00:00:00Z")]
    [InlineData("2021/01/01T00:00:00Z")]
    [InlineData("2021-01-01T00:00:00+2400")]
    [InlineData("2021-01-01T00:00:00+01:60")]
    [InlineData("2021-01-01T00:00:00+05:3")]
    [InlineData("2021-01-01T00:00:00+5")]
    [InlineData("2021-01-01T00:00:00+")]
    [InlineData("2021-01-01T00:00:00UTC")]
    [InlineData("1609459200")]
    public void Malformed_text_is_rejected(string text) =>
        TimeText.AssertRejects(TimestampFormat.Rfc3339, text);
}
