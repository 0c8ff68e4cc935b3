using System.Text;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

public class Rfc3339TimestampTests
{
    [Theory]
    [InlineData(2019, 6, 19, 0, 18, 31, 0, "2019-06-19T00:18:31Z")]
    [InlineData(2015, 10, 22, 11, 17, 43, 7873960, "2015-10-22T11:17:43.787396Z")]
    [InlineData(2021, 3, 4, 5, 6, 7, 1000000, "2021-03-04T05:06:07.1Z")]
    [InlineData(2021, 3, 4, 5, 6, 7, 1, "2021-03-04T05:06:07.0000001Z")]
    [InlineData(2021, 3, 4, 5, 6, 7, 1234567, "2021-03-04T05:06:07.1234567Z")]
    [InlineData(2021, 3, 4, 5, 6, 7, 1230000, "2021-03-04T05:06:07.123Z")]
    [InlineData(1, 1, 1, 0, 0, 0, 0, "0001-01-01T00:00:00Z")]
    [InlineData(9999, 12, 31, 23, 59, 59, 9999999, "9999-12-31T23:59:59.9999999Z")]
    public void Utc_instants_are_written_with_only_significant_fraction_digits(
        int year, int month, int day, int hour, int minute, int second, long fractionTicks, string expected)
    {
        var utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fractionTicks);
        Span<byte> buffer = stackalloc byte[Rfc3339Timestamp.MaxLength];

        Assert.True(Rfc3339Timestamp.TryFormat(utc, buffer, out var written));

        Assert.Equal(expected, Encoding.UTF8.GetString(buffer[..written]));
        Assert.Equal(expected, Rfc3339Timestamp.Format(utc));
    }

    [Fact]
    public void Destination_that_is_too_small_writes_nothing()
    {
        var utc = new DateTime(2015, 10, 22, 11, 17, 43, DateTimeKind.Utc).AddTicks(7873960);
        var buffer = new byte[26];

        Assert.False(Rfc3339Timestamp.TryFormat(utc, buffer, out var written));

        Assert.Equal(0, written);
        Assert.All(buffer, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Destination_of_exactly_the_needed_length_is_enough()
    {
        var utc = new DateTime(2015, 10, 22, 11, 17, 43, DateTimeKind.Utc).AddTicks(7873960);
        var buffer = new byte["2015-10-22T11:17:43.787396Z".Length];

        Assert.True(Rfc3339Timestamp.TryFormat(utc, buffer, out var written));

        Assert.Equal(buffer.Length, written);
    }

    [Fact]
    public void Unspecified_kind_is_written_as_if_it_were_utc()
    {
        var unspecified = new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Unspecified);

        Assert.Equal("2021-03-04T05:06:07Z", Rfc3339Timestamp.Format(unspecified));
    }

    [Fact]
    public void Local_kind_is_converted_to_utc_first()
    {
        var local = new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Local);
        var utc = local.ToUniversalTime();

        Assert.Equal(Rfc3339Timestamp.Format(utc), Rfc3339Timestamp.Format(local));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(621355968000000000L)]
    [InlineData(637503303671234567L)]
    [InlineData(3155378975999999999L)]
    public void Formatted_text_parses_back_to_the_same_ticks(long ticks) => AssertRoundTrip(ticks);

    [Fact]
    public void Formatted_text_parses_back_for_instants_across_the_whole_range()
    {
        var random = new Random(20240101);

        for (var i = 0; i < 1000; i++)
        {
            AssertRoundTrip(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks + 1));
        }
    }

    private static void AssertRoundTrip(long ticks)
    {
        var utc = new DateTime(ticks, DateTimeKind.Utc);

        var text = Rfc3339Timestamp.Format(utc);

        Assert.True(TimeText.TryParse(TimestampFormat.Rfc3339, text, out var parsed), text);
        Assert.Equal(ticks, parsed.Ticks);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }
}
