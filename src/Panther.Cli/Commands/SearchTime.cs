using System.Globalization;

namespace Panther.Cli.Commands;

/// <summary>
/// Reads the <c>--from</c> and <c>--to</c> times of <c>panther search</c>: an ISO 8601 time or date
/// (<c>2026-12-03T15:00:00Z</c>, <c>2026-12-03</c>; UTC unless an offset is given), or an age such as <c>30m</c>,
/// <c>24h</c> or <c>7d</c>, which counts back from now.
/// </summary>
internal static class SearchTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss",
    ];

    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset time)
    {
        text = text.Trim();
        if (text.Length >= 2 && char.IsAsciiLetter(text[^1])
            && long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture,
                out var count)
            && count <= 100_000)
        {
            var unit = char.ToLowerInvariant(text[^1]) switch
            {
                'm' => TimeSpan.FromMinutes(1),
                'h' => TimeSpan.FromHours(1),
                'd' => TimeSpan.FromDays(1),
                _ => TimeSpan.Zero,
            };
            time = now - (unit * count);
            return unit != TimeSpan.Zero;
        }

        return DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
