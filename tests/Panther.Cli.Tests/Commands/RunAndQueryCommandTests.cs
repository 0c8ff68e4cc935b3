using System.Globalization;
using System.Text.Json;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class RunAndQueryCommandTests : IDisposable
{
    private readonly DirectoryInfo _lake = Directory.CreateTempSubdirectory("panther-cli-lake-");

    public void Dispose() => _lake.Delete(recursive: true);

    [Fact]
    public async Task Run_puts_the_sample_logs_in_the_lake_and_keeps_the_malformed_lines_in_quarantine()
    {
        var run = await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("AWS.CloudTrail ", StringComparison.Ordinal)
            && l.EndsWith(" 25", StringComparison.Ordinal));
        var parquet = Directory.GetFiles(Path.Combine(_lake.FullName, "logs"), "*.parquet",
            SearchOption.AllDirectories);
        Assert.Contains(parquet, f => f.Contains(
            Path.Combine("aws_cloudtrail", "year=2026", "month=12", "day=03", "hour=15"), StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(_lake.FullName, "*", SearchOption.AllDirectories),
            f => f.EndsWith(".tmp", StringComparison.Ordinal));
        var quarantine = Assert.Single(Directory.GetFiles(Path.Combine(_lake.FullName, "quarantine")));
        var records = File.ReadAllLines(quarantine).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, records.Count);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("reason").GetString())));
        Assert.Contains(records, r => r.GetProperty("line").GetInt64() == 8
            && r.GetProperty("source").GetString()!.EndsWith("eve.json", StringComparison.Ordinal));

        var query = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT p_log_type, count(*) AS n FROM aws_cloudtrail GROUP BY 1 ORDER BY 1");

        Assert.Equal(0, query.ExitCode);
        Assert.Equal(["p_log_type,n", "AWS.CloudTrail,25"], query.OutputLines);
    }

    [Fact]
    public async Task One_worker_and_four_workers_fill_the_lake_with_the_same_events_and_alerts()
    {
        var one = Path.Combine(_lake.FullName, "one");
        var four = Path.Combine(_lake.FullName, "four");
        var rules = TestCorpus.SamplesPath("rules");

        var runOne = await CliRun.RunAsync("run", "--lake", one, "--workers", "1", "--rules", rules,
            TestCorpus.SamplesPath("logs"));
        var runFour = await CliRun.RunAsync("run", "--lake", four, "--workers", "4", "--rules", rules,
            TestCorpus.SamplesPath("logs"));

        Assert.Equal(1, runOne.ExitCode);
        Assert.Equal(1, runFour.ExitCode);
        static string Events(string lake) => "SELECT p_log_type, count(DISTINCT p_row_id) AS n FROM read_parquet('"
            + Path.Combine(lake, "logs", "**", "*.parquet").Replace("'", "''", StringComparison.Ordinal)
            + "', union_by_name = true) GROUP BY ALL ORDER BY ALL";
        static string Alerts(string lake) => "SELECT rule_id, dedup, event_count FROM alerts ORDER BY ALL";
        foreach (var sql in new Func<string, string>[] { Events, Alerts })
        {
            var fromOne = await CliRun.RunAsync("query", "--lake", one, "--format", "csv", sql(one));
            var fromFour = await CliRun.RunAsync("query", "--lake", four, "--format", "csv", sql(four));
            Assert.Equal(0, fromFour.ExitCode);
            Assert.True(fromOne.OutputLines.Length > 5, fromOne.Stdout + fromOne.Stderr);
            Assert.Equal(fromOne.OutputLines, fromFour.OutputLines);
        }
    }

    [Fact]
    public async Task A_second_run_skips_the_inputs_the_lake_holds_unless_told_to_reprocess_them()
    {
        var logs = TestCorpus.SamplesPath("logs", "cloudtrail");
        const string Count = "SELECT count(*) AS n FROM aws_cloudtrail";

        var first = await CliRun.RunAsync("run", "--lake", _lake.FullName, logs);
        var second = await CliRun.RunAsync("run", "--lake", _lake.FullName, logs);
        var afterSecond = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv", Count);
        var third = await CliRun.RunAsync("run", "--lake", _lake.FullName, "--reprocess", logs);
        var afterThird = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv", Count);

        Assert.Equal(1, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var inputs = Directory.GetFiles(logs, "*", SearchOption.AllDirectories).Length;
        Assert.Contains($"lake: {inputs} input(s) skipped: this lake already holds them", second.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(["n", "25"], afterSecond.OutputLines);
        Assert.Equal(1, third.ExitCode);
        Assert.DoesNotContain("input(s) skipped", third.Stderr, StringComparison.Ordinal);
        Assert.Equal(["n", "50"], afterThird.OutputLines);
    }

    [Fact]
    public async Task Query_joins_cloudtrail_events_with_a_csv_of_users()
    {
        await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs", "cloudtrail"));
        var users = TestCorpus.SamplesPath("context", "users.csv").Replace("'", "''", StringComparison.Ordinal);

        var query = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "json",
            $"SELECT u.department, count(*) AS calls FROM aws_cloudtrail c JOIN read_csv('{users}') u " +
            "ON u.user_name = c.userIdentity.userName GROUP BY 1 ORDER BY 1");

        Assert.Equal(0, query.ExitCode);
        Assert.Equal(
            ["""{"department":"Contractor","calls":10}""", """{"department":"Finance","calls":4}""",
                """{"department":"Platform","calls":4}"""],
            query.OutputLines);
    }

    [Fact]
    public async Task A_json_lake_holds_the_same_events_as_gzip_json_lines_that_duckdb_reads()
    {
        var json = Path.Combine(_lake.FullName, "json");
        var parquet = Path.Combine(_lake.FullName, "parquet");

        var run = await CliRun.RunAsync("run", "--lake", json, "--format", "json", TestCorpus.SamplesPath("logs"));
        await CliRun.RunAsync("run", "--lake", parquet, TestCorpus.SamplesPath("logs"));
        var glob = Path.Combine(json, "logs", "aws_cloudtrail", "**", "*.json.gz").Replace("'", "''",
            StringComparison.Ordinal);
        var fromJson = await CliRun.RunAsync("query", "--lake", parquet, "--format", "csv",
            $"SELECT eventName, count(*) AS n FROM read_json_auto('{glob}') GROUP BY 1 ORDER BY 1");
        var fromParquet = await CliRun.RunAsync("query", "--lake", parquet, "--format", "csv",
            "SELECT eventName, count(*) AS n FROM aws_cloudtrail GROUP BY 1 ORDER BY 1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(" JSON lines files under ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(json, "*.parquet", SearchOption.AllDirectories));
        Assert.Equal(0, fromJson.ExitCode);
        Assert.True(fromParquet.OutputLines.Length > 2);
        Assert.Equal(fromParquet.OutputLines, fromJson.OutputLines);
    }

    [Fact]
    public async Task Source_id_and_label_are_set_on_every_event_of_the_run()
    {
        await CliRun.RunAsync("run", "--lake", _lake.FullName, "--source-id", "okta-prod", "--source-label",
            "Okta production", TestCorpus.SamplesPath("logs", "okta"));
        await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs", "cloudtrail"));

        var okta = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT DISTINCT p_source_id, p_source_label FROM okta_systemlog");
        var cloudtrail = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT count(*) FROM aws_cloudtrail WHERE p_source_id IS NOT NULL OR p_source_label IS NOT NULL");

        Assert.Equal(["p_source_id,p_source_label", "okta-prod,Okta production"], okta.OutputLines);
        Assert.Equal("0", cloudtrail.OutputLines[1]);
    }

    [Fact]
    public async Task Progress_lines_count_the_bytes_and_events_of_the_run()
    {
        var logs = TestCorpus.SamplesPath("logs", "okta");
        var bytes = Directory.GetFiles(logs, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        var run = await CliRun.RunAsync("run", "--lake", _lake.FullName, "--progress", logs);
        var quiet = await CliRun.RunAsync("run", "--lake", _lake.FullName, logs);

        var last = run.ErrorLines.Last(l => l.StartsWith("progress: ", StringComparison.Ordinal));
        var total = run.ErrorLines.Single(l => l.StartsWith("total: ", StringComparison.Ordinal));
        var events = total["total: ".Length..total.IndexOf(" events", StringComparison.Ordinal)];
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"progress: {bytes / 1048576.0:F1} MB read ("),
            last, StringComparison.Ordinal);
        Assert.Contains($"), {events} events (", last, StringComparison.Ordinal);
        Assert.EndsWith(" 1 inputs", last, StringComparison.Ordinal);
        Assert.Matches(@"^progress: [0-9.]+ MB read \([0-9.]+ MB/s\), \d+ events \([0-9,]+/s\), ", last);
        Assert.DoesNotContain(quiet.ErrorLines, l => l.StartsWith("progress: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_query_error_is_reported_and_exits_with_2()
    {
        await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs", "okta"));

        var query = await CliRun.RunAsync("query", "--lake", _lake.FullName, "SELECT * FROM no_such_table");

        Assert.Equal(2, query.ExitCode);
        Assert.StartsWith("panther: query failed:", query.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_query_prints_aligned_columns_and_the_row_count()
    {
        await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs", "okta"));

        var query = await CliRun.RunAsync("query", "--lake", _lake.FullName,
            "SELECT eventType, outcome.result AS result FROM okta_systemlog ORDER BY published LIMIT 2");

        Assert.Equal(0, query.ExitCode);
        Assert.Equal(
            ["eventType           result", "------------------  -------", "user.session.start  SUCCESS",
                "user.session.start  FAILURE", "(2 rows)"],
            query.OutputLines);
    }
}
