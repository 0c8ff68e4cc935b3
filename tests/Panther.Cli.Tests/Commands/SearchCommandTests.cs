using System.Text.Json;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly DirectoryInfo _lake = Directory.CreateTempSubdirectory("panther-cli-search-");

    public void Dispose() => _lake.Delete(recursive: true);

    [Fact]
    public async Task Search_counts_each_indicator_per_table_as_sql_over_the_lake_does()
    {
        await RunSamplesAsync();

        var search = await CliRun.RunAsync("search", "--lake", _lake.FullName, "--format", "json",
            "203.0.113.77", "user:alice", "nothing.example.org");

        Assert.Equal(0, search.ExitCode);
        var rows = search.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ip = rows.Where(r => r.GetProperty("indicator").GetString() == "203.0.113.77").ToList();
        Assert.Equal(
            await CountAsync("SELECT 'aws_cloudtrail' AS t, count(*) AS n FROM aws_cloudtrail " +
                "WHERE list_contains(p_any_ip_addresses, '203.0.113.77') UNION ALL " +
                "SELECT 'okta_systemlog', count(*) FROM okta_systemlog " +
                "WHERE list_contains(p_any_ip_addresses, '203.0.113.77') ORDER BY 1"),
            ip.Where(r => r.GetProperty("table").GetString() is "aws_cloudtrail" or "okta_systemlog")
                .Select(r => (r.GetProperty("table").GetString()!, r.GetProperty("events").GetInt64())));
        Assert.Contains(ip, r => r.GetProperty("table").GetString()!.StartsWith("suricata_", StringComparison.Ordinal));
        Assert.All(ip, r => Assert.Equal("ip", r.GetProperty("kind").GetString()));
        var alice = Assert.Single(rows, r => r.GetProperty("indicator").GetString() == "user:alice");
        Assert.Equal("username", alice.GetProperty("kind").GetString());
        Assert.Equal(
            await CountAsync("SELECT 'aws_cloudtrail', count(*) FROM aws_cloudtrail " +
                "WHERE list_contains(p_any_usernames, 'alice')"),
            [("aws_cloudtrail", alice.GetProperty("events").GetInt64())]);
        var none = Assert.Single(rows, r => r.GetProperty("indicator").GetString() == "nothing.example.org");
        Assert.Equal(0, none.GetProperty("events").GetInt64());
        Assert.Equal(JsonValueKind.Null, none.GetProperty("table").ValueKind);
    }

    [Fact]
    public async Task Events_are_listed_within_the_time_range()
    {
        await RunSamplesAsync();

        var search = await CliRun.RunAsync("search", "--lake", _lake.FullName, "--format", "csv", "--events",
            "--from", "2026-12-03T15:05:00Z", "--to", "2026-12-03T16:00:00Z", "198.51.100.23");

        Assert.Equal(0, search.ExitCode);
        var expected = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT p_row_id FROM (SELECT p_row_id, p_event_time, p_any_ip_addresses FROM aws_cloudtrail " +
            "UNION ALL BY NAME SELECT p_row_id, p_event_time, p_any_ip_addresses FROM okta_systemlog) " +
            "WHERE list_contains(p_any_ip_addresses, '198.51.100.23') AND p_event_time >= '2026-12-03 15:05:00Z' " +
            "AND p_event_time < '2026-12-03 16:00:00Z' ORDER BY p_event_time DESC");
        var rowIds = expected.OutputLines.Skip(1).ToList();
        Assert.NotEmpty(rowIds);
        var events = search.OutputLines.SkipWhile(l => !l.StartsWith("indicator,table_name", StringComparison.Ordinal))
            .Skip(1).ToList();
        Assert.Equal(rowIds, events.Select(l => l.Split(',')[^1]));
        Assert.All(events, l => Assert.StartsWith("198.51.100.23,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Print_sql_writes_values_only_as_parameters()
    {
        var search = await CliRun.RunAsync("search", "--print-sql", "--target", "snowflake",
            "user:bob'; DROP TABLE aws_cloudtrail; --");

        Assert.Equal(0, search.ExitCode);
        var lines = search.OutputLines;
        Assert.Equal("-- username \"bob\\u0027; DROP TABLE aws_cloudtrail; --\"", lines[0]);
        var parameters = JsonSerializer.Deserialize<string[]>(lines[1]["-- parameters, in order: ".Length..])!;
        Assert.All(parameters, p => Assert.Equal("bob'; DROP TABLE aws_cloudtrail; --", p));
        var sql = string.Join('\n', lines.Skip(2));
        Assert.DoesNotContain("bob", sql, StringComparison.Ordinal);
        Assert.Equal(parameters.Length, sql.Count(c => c == '?'));
        Assert.Contains("ARRAY_CONTAINS(?::VARIANT, p_any_usernames)", sql, StringComparison.Ordinal);
        Assert.Contains("FROM PANTHER_LOGS.PUBLIC.aws_cloudtrail", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ip:not-an-ip", "panther: 'not-an-ip' is not a valid ip.")]
    [InlineData("--from", "panther: --from 'yesterday' is not a time")]
    public async Task Bad_indicators_and_times_are_usage_errors(string argument, string message)
    {
        string[] args = argument == "--from"
            ? ["search", "--lake", _lake.FullName, "--from", "yesterday", "10.0.0.1"]
            : ["search", "--lake", _lake.FullName, argument];

        var search = await CliRun.RunAsync(args);

        Assert.Equal(2, search.ExitCode);
        Assert.StartsWith(message, search.Stderr, StringComparison.Ordinal);
        Assert.Empty(search.Stdout);
    }

    [Fact]
    public async Task An_argument_starting_with_at_is_an_indicator_not_a_response_file()
    {
        await RunSamplesAsync();

        var search = await CliRun.RunAsync("search", "--lake", _lake.FullName, "--format", "csv", "@nobody");

        Assert.Equal(0, search.ExitCode);
        Assert.Equal(["indicator,kind,table,events,first_seen,last_seen", "@nobody,username,,0,,"],
            search.OutputLines.Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task Control_characters_in_a_table_cell_do_not_reach_the_terminal()
    {
        await RunSamplesAsync();

        var search = await CliRun.RunAsync("search", "--lake", _lake.FullName, "user:x\u001b[2Jy");

        Assert.Equal(0, search.ExitCode);
        Assert.DoesNotContain('\u001b', search.Stdout);
        Assert.Contains("user:x\uFFFD[2Jy", search.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_given_as_the_lake_and_a_bad_database_prefix_are_named_as_such()
    {
        var file = Path.Combine(_lake.FullName, "not-a-lake.txt");
        await File.WriteAllTextAsync(file, "x");

        var asLake = await CliRun.RunAsync("search", "--lake", file, "10.0.0.1");
        var prefix = await CliRun.RunAsync("search", "--print-sql", "--database-prefix", "a.b", "10.0.0.1");

        Assert.Equal(2, asLake.ExitCode);
        Assert.Equal($"panther: '{file}' is a file; --lake names the lake's folder.", asLake.ErrorLines[0]);
        Assert.Equal(2, prefix.ExitCode);
        Assert.Equal("panther: The database prefix 'a.b' is not valid: use lower-case letters, digits and '_' only.",
            prefix.ErrorLines[0]);
    }

    [Fact]
    public async Task A_missing_lake_is_a_usage_error()
    {
        var search = await CliRun.RunAsync("search", "10.0.0.1");

        Assert.Equal(2, search.ExitCode);
        Assert.Equal("panther: --lake is required unless --print-sql is given.", search.ErrorLines[0]);
    }

    private async Task RunSamplesAsync()
    {
        var run = await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs"));
        Assert.Equal(1, run.ExitCode);
    }

    private async Task<List<(string, long)>> CountAsync(string sql)
    {
        var query = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv", sql);
        Assert.Equal(0, query.ExitCode);
        return [.. query.OutputLines.Skip(1).Select(l => l.Split(','))
            .Where(p => p[1] != "0")
            .Select(p => (p[0], long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
