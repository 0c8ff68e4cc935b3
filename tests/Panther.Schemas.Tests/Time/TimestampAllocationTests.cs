using System.Text;
using Panther.Schemas.Time;
using Panther.Tests.Shared;

namespace Panther.Schemas.Tests.Time;

public class TimestampAllocationTests
{
    private const int Iterations = 1000;

    public static TheoryData<string, string> Inputs => new()
    {
        { "rfc3339", "2015-10-22T11:17:43.787396+0000" },
        { "rfc3339", "2021-03-04 05:06:07" },
        { "rfc3339", "1900-01-00T00:00:14.199185+0000" },
        { "unix", "1543265312.123" },
        { "unix", "1.5e9" },
        { "unix", "foo" },
        { "unix_ms", "1543265312123" },
        { "unix_us", "1543265312123456" },
        { "unix_ns", "1543265312123456789" },
        { "%a %b %e %H:%M:%S %Y UTC", "Tue Nov  5 06:08:26 2018 UTC" },
        { "%b %d, %Y %I:%M:%S %p", "Jun 22, 2018 12:00:00 AM" },
        { "%Y-%m-%d %H:%M:%S.%f %z", "2021-01-02 03:04:05.678 +0100" },
        { "%b %e %H:%M:%S", "Mar  4 05:06:07" },
        { "%Y %j %Z", "2020 366 GMT" },
        { "%s", "1543265312" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parsing_does_not_allocate(string formatName, string text)
    {
        var format = TimestampFormat.Parse(formatName);
        var utf8 = Encoding.UTF8.GetBytes(text);
        var expected = format.TryParse(utf8, out _);
        var same = 0;
        for (var i = 0; i < Iterations; i++)
        {
            same += format.TryParse(utf8, out _) == expected ? 1 : 0;
        }

        same = 0;
        var allocated = Allocations.Measure(() => same += format.TryParse(utf8, out _) == expected ? 1 : 0,
            Iterations);

        Assert.Equal(0, allocated);
        Assert.Equal(0, same % Iterations);
        Assert.True(same > 0);
    }

    [Fact]
    public void Formatting_does_not_allocate()
    {
        var utc = new DateTime(2015, 10, 22, 11, 17, 43, DateTimeKind.Utc).AddTicks(7873960);
        var buffer = new byte[Rfc3339Timestamp.MaxLength];
        var written = 0;
        for (var i = 0; i < Iterations; i++)
        {
            Rfc3339Timestamp.TryFormat(utc, buffer, out written);
        }

        var ticks = 0;
        var allocated = Allocations.Measure(
            () => Rfc3339Timestamp.TryFormat(utc.AddTicks(ticks++), buffer, out written), Iterations);

        Assert.Equal(0, allocated);
        Assert.True(written > 0);
    }
}
