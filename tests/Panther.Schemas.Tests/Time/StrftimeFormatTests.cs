using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

public class StrftimeFormatTests
{
    private const string OsqueryPattern = "%a %b %e %H:%M:%S %Y UTC";

    [Theory]
    [InlineData("Tue Nov  5 06:08:26 2018 UTC", "2018-11-05T06:08:26Z")]
    [InlineData("Tue Nov 5 06:08:26 2018 UTC", "2018-11-05T06:08:26Z")]
    [InlineData("Mon Nov 26 20:48:32 2018 UTC", "2018-11-26T20:48:32Z")]
    [InlineData("tue NOV 5 06:08:26 2018 UTC", "2018-11-05T06:08:26Z")]
    [InlineData("Tuesday November 5 06:08:26 2018 UTC", "2018-11-05T06:08:26Z")]
    public void Osquery_calendar_time_parses_with_one_or_two_spaces_before_the_day(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Custom(OsqueryPattern), text, expected);

    [Theory]
    [InlineData("Jun 22, 2018 12:00:00 AM", "2018-06-22T00:00:00Z")]
    [InlineData("Jun 22, 2018 12:30:00 PM", "2018-06-22T12:30:00Z")]
    [InlineData("Jun 22, 2018 01:15:00 pm", "2018-06-22T13:15:00Z")]
    [InlineData("jun 22, 2018 11:59:59 am", "2018-06-22T11:59:59Z")]
    [InlineData("June 2, 2018 1:02:03 Pm", "2018-06-02T13:02:03Z")]
    public void Twelve_hour_clock_uses_the_meridiem(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Custom("%b %d, %Y %I:%M:%S %p"), text, expected);

    [Theory]
    [InlineData("2021-01-02 03:04:05.678 +0100", "2021-01-02T02:04:05.678Z")]
    [InlineData("2021-01-02 03:04:05.678 +01:00", "2021-01-02T02:04:05.678Z")]
    [InlineData("2021-01-02 03:04:05.678 -0130", "2021-01-02T04:34:05.678Z")]
    [InlineData("2021-01-02 03:04:05.123456789 Z", "2021-01-02T03:04:05.1234567Z")]
    [InlineData("2021-1-2 3:4:5.6 +0000", "2021-01-02T03:04:05.6Z")]
    public void Fraction_and_offset_directives_reach_utc(string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Custom("%Y-%m-%d %H:%M:%S.%f %z"), text, expected);

    [Theory]
    [InlineData("%d/%b/%Y:%H:%M:%S %z", "10/Oct/2000:13:55:36 -0700", "2000-10-10T20:55:36Z")]
    [InlineData("%F %T", "2021-03-04 05:06:07", "2021-03-04T05:06:07Z")]
    [InlineData("%D %T", "03/04/21 05:06:07", "2021-03-04T05:06:07Z")]
    [InlineData("%D", "03/04/69", "1969-03-04T00:00:00Z")]
    [InlineData("%D", "03/04/68", "2068-03-04T00:00:00Z")]
    [InlineData("%F %R", "2021-03-04 05:06", "2021-03-04T05:06:00Z")]
    [InlineData("%Y%m%d%H%M%S", "20210304050607", "2021-03-04T05:06:07Z")]
    [InlineData("%Y %j", "2020 366", "2020-12-31T00:00:00Z")]
    [InlineData("%Y %j", "2021 060", "2021-03-01T00:00:00Z")]
    [InlineData("%Y-%m-%d %j", "2021-03-01 60", "2021-03-01T00:00:00Z")]
    [InlineData("%s", "1543265312", "2018-11-26T20:48:32Z")]
    [InlineData("%s.%f", "1543265312.5", "2018-11-26T20:48:32.5Z")]
    [InlineData("%s", "-1", "1969-12-31T23:59:59Z")]
    [InlineData("%A, %B %d, %Y", "Thursday, March 4, 2021", "2021-03-04T00:00:00Z")]
    [InlineData("%A, %B %d, %Y", "Thu, Mar 04, 2021", "2021-03-04T00:00:00Z")]
    [InlineData("%h %d %Y", "Sep 30 2021", "2021-09-30T00:00:00Z")]
    [InlineData("%FT%T %Z", "2021-03-04T05:06:07 GMT", "2021-03-04T05:06:07Z")]
    [InlineData("%FT%T%Z", "2021-03-04T05:06:07Z", "2021-03-04T05:06:07Z")]
    [InlineData("%FT%T %Z", "2021-03-04T05:06:07 utc", "2021-03-04T05:06:07Z")]
    [InlineData("%F %%%H", "2021-03-04 %05", "2021-03-04T05:00:00Z")]
    [InlineData("%F %k:%M", "2021-03-04  5:06", "2021-03-04T05:06:00Z")]
    [InlineData("%F%k:%M", "2021-03-04 5:06", "2021-03-04T05:06:00Z")]
    [InlineData("%F %l:%M %p", "2021-03-04 12:06 pm", "2021-03-04T12:06:00Z")]
    [InlineData("%F %T", "2021-03-04    05:06:07", "2021-03-04T05:06:07Z")]
    [InlineData("%F  %T", "2021-03-04 05:06:07", "2021-03-04T05:06:07Z")]
    [InlineData(" %F %T ", "  2021-03-04 05:06:07\n", "2021-03-04T05:06:07Z")]
    [InlineData("%Y年%m月%d日", "2021年03月04日", "2021-03-04T00:00:00Z")]
    [InlineData("%Y-%m-%dT%H:%M:%S", "0001-01-01T00:00:00", "0001-01-01T00:00:00Z")]
    [InlineData("%Y-%m", "2021-03", "2021-03-01T00:00:00Z")]
    public void Supported_directives_parse_to_the_exact_instant(string pattern, string text, string expected) =>
        TimeText.AssertParses(TimestampFormat.Custom(pattern), text, expected);

    [Theory]
    [InlineData(OsqueryPattern, "Tue Nov  5 06:08:26 2018 PST")]
    [InlineData(OsqueryPattern, "Tux Nov  5 06:08:26 2018 UTC")]
    [InlineData(OsqueryPattern, "Tue Foo  5 06:08:26 2018 UTC")]
    [InlineData(OsqueryPattern, "Tue Nov  5 06:08:26 2018 UTC extra")]
    [InlineData(OsqueryPattern, "TueNov  5 06:08:26 2018 UTC")]
    [InlineData("%F %Z", "2021-01-01 PST")]
    [InlineData("%F %Z", "2021-01-01 CEST")]
    [InlineData("%F", "2021-02-29")]
    [InlineData("%F", "2021-00-10")]
    [InlineData("%F", "2021-13-10")]
    [InlineData("%F", "2021-01-00")]
    [InlineData("%F", "2021-04-31")]
    [InlineData("%F", "0000-01-01")]
    [InlineData("%F", "21-01-01")]
    [InlineData("%F", "2021-01-01x")]
    [InlineData("%F", "")]
    [InlineData("%F", "...")]
    [InlineData("%F", "foo")]
    [InlineData("%F %T", "2021-01-01 24:00:00")]
    [InlineData("%F %T", "2021-01-01 25:00:00")]
    [InlineData("%F %T", "2021-01-01 23:60:00")]
    [InlineData("%F %T", "2021-01-01 23:59:60")]
    [InlineData("%F %T", "2021-01-0105:06:07")]
    [InlineData("%I:%M %p", "13:00 PM")]
    [InlineData("%I:%M %p", "00:00 AM")]
    [InlineData("%I:%M %p", "11:00 XM")]
    [InlineData("%Y %j", "2021 366")]
    [InlineData("%Y %j", "2021 000")]
    [InlineData("%Y %j %m", "2021 060 02")]
    [InlineData("%s", "99999999999999")]
    [InlineData("%s", "253402300800")]
    [InlineData("%s", "-")]
    [InlineData("%F %T.%f", "2021-01-01 00:00:00.")]
    [InlineData("%F %T %z", "2021-01-01 00:00:00 +2500")]
    [InlineData("%F %T %z", "2021-01-01 00:00:00 UTC")]
    [InlineData("%F %T %z", "0001-01-01 00:00:00 +0100")]
    public void Invalid_text_is_rejected(string pattern, string text) =>
        TimeText.AssertRejects(TimestampFormat.Custom(pattern), text);

    [Fact]
    public void Pattern_without_a_year_takes_the_current_utc_year()
    {
        var before = DateTime.UtcNow.Year;

        Assert.True(TimeText.TryParse(TimestampFormat.Custom("%b %e %H:%M:%S"), "Mar  4 05:06:07", out var utc));

        var after = DateTime.UtcNow.Year;
        Assert.InRange(utc.Year, before, after);
        Assert.Equal(new DateTime(utc.Year, 3, 4, 5, 6, 7, DateTimeKind.Utc).Ticks, utc.Ticks);
    }
}
