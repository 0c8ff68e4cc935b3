using System.Text.Json;
using Panther.Parsing.Osquery;
using Panther.Parsing.Tests.Generation;

namespace Panther.Parsing.Tests.Osquery;

/// <summary>
/// Generated osquery results mix the header styles of osquery versions and the queries a fleet runs, and write
/// calendarTime exactly as osquery does.
/// </summary>
public class OsquerySampleGeneratorTests
{
    private static readonly IReadOnlyList<JsonElement> Differential =
        GeneratedLogs.Documents("Osquery.Differential", 500, 3);

    [Theory]
    [InlineData(2019, 11, 5, "Tue Nov  5 06:08:26 2019 UTC")]
    [InlineData(2026, 12, 31, "Thu Dec 31 06:08:26 2026 UTC")]
    public void Calendar_time_pads_a_one_digit_day_with_a_space(int year, int month, int day, string expected)
    {
        var time = new DateTime(year, month, day, 6, 8, 26, DateTimeKind.Utc);

        Assert.Equal(expected, OsquerySampleGenerator.CalendarTime(time));
    }

    [Fact]
    public void Header_numbers_come_as_numbers_and_as_strings()
    {
        var kinds = Differential.Select(e => e.GetProperty("unixTime").ValueKind).ToHashSet();

        Assert.Equal(new HashSet<JsonValueKind> { JsonValueKind.Number, JsonValueKind.String }, kinds);
        Assert.All(Differential, e => Assert.Contains("Dec  1 ", e.GetProperty("calendarTime").GetString(),
            StringComparison.Ordinal));
    }

    [Fact]
    public void Numeric_columns_follow_log_numerics_as_numbers_which_comes_as_a_boolean_or_a_string()
    {
        var flags = Differential
            .Where(e => e.TryGetProperty("logNumericsAsNumbers", out _))
            .Select(e => e.GetProperty("logNumericsAsNumbers").ValueKind)
            .ToHashSet();
        var numericColumns = Differential.Where(e => e.GetProperty("columns").EnumerateObject()
            .Any(c => c.Value.ValueKind == JsonValueKind.Number)).ToList();

        Assert.Equal(new HashSet<JsonValueKind> { JsonValueKind.True, JsonValueKind.String }, flags);
        Assert.NotEmpty(numericColumns);
        Assert.All(numericColumns, e => Assert.True(e.TryGetProperty("logNumericsAsNumbers", out _)));
        Assert.Contains(Differential, e => e.TryGetProperty("decorations", out _));
    }

    [Fact]
    public void Rows_come_from_the_queries_a_fleet_runs()
    {
        var names = Differential.Select(e => e.GetProperty("name").GetString()!).ToHashSet();

        foreach (var table in new[] { "processes", "listening_ports", "logged_in_users", "shell_history",
            "file_hashes", "process_open_sockets" })
        {
            Assert.Contains(names, n => n.EndsWith(table, StringComparison.Ordinal));
        }

        Assert.Equal(new HashSet<string?> { "added", "removed" },
            Differential.Select(e => e.GetProperty("action").GetString()).ToHashSet());
    }

    [Fact]
    public void Only_osquery_log_types_have_an_osquery_generator()
    {
        Assert.Throws<ArgumentException>(() => new OsquerySampleGenerator("Okta.SystemLog"));
    }
}
