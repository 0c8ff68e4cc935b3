using System.Globalization;
using System.Text;
using Panther.Schemas.Time;

namespace Panther.Schemas.Tests.Time;

/// <summary>Helpers that keep the timestamp tests short and their expected values readable.</summary>
internal static class TimeText
{
    private const string ExpectedPattern = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    /// <summary>Reads an expected instant written as <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c>.</summary>
    public static DateTime Utc(string text) => DateTime.ParseExact(
        text,
        ExpectedPattern,
        CultureInfo.InvariantCulture,
        DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Parses <paramref name="text"/> as UTF-8 with <paramref name="format"/>.</summary>
    public static bool TryParse(TimestampFormat format, string text, out DateTime utc) =>
        format.TryParse(Encoding.UTF8.GetBytes(text), out utc);

    /// <summary>Asserts that <paramref name="text"/> parses to exactly <paramref name="expectedUtc"/>.</summary>
    public static void AssertParses(TimestampFormat format, string text, string expectedUtc)
    {
        Assert.True(TryParse(format, text, out var actual), $"'{text}' did not parse with {format}.");
        Assert.Equal(DateTimeKind.Utc, actual.Kind);
        Assert.Equal(Utc(expectedUtc).Ticks, actual.Ticks);
    }

    /// <summary>Asserts that <paramref name="text"/> does not parse and leaves the default value.</summary>
    public static void AssertRejects(TimestampFormat format, string text)
    {
        Assert.False(TryParse(format, text, out var actual), $"'{text}' parsed with {format} as {actual:O}.");
        Assert.Equal(default, actual);
    }
}
