using System.Collections;
using Panther.Parsing.Events;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

public class RuleMatchLakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Created =
        new DateTime(2026, 12, 3, 15, 10, 0, DateTimeKind.Utc).AddTicks(1234567);
    private static readonly DateTime Updated = new(2026, 12, 3, 16, 20, 30, DateTimeKind.Utc);

    private static readonly string[] RuleColumns =
    [
        "p_rule_id", "p_alert_id", "p_alert_context", "p_alert_creation_time", "p_alert_update_time", "p_rule_tags",
        "p_rule_reports",
    ];

    [Fact]
    public async Task Matches_and_errors_land_in_their_own_tables_in_the_hour_of_the_event()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);

        var folders = lake.Files("*.parquet").Select(f => f[..f.LastIndexOf('/')]).Distinct();

        Assert.Equal(
            [
                "logs/test_nested/year=2026/month=01/day=01/hour=00",
                "logs/test_nested/year=2026/month=12/day=03/hour=15",
                "logs/test_nested/year=2026/month=12/day=03/hour=16",
                "rule_errors/test_nested/year=2026/month=12/day=03/hour=16",
                "rule_matches/test_nested/year=2026/month=01/day=01/hour=00",
                "rule_matches/test_nested/year=2026/month=12/day=03/hour=15",
            ],
            folders);
        Assert.Empty(lake.Files("*.tmp"));
        Assert.DoesNotContain(lake.Files(), f => f.Split('/')[^1].StartsWith('.'));
    }

    [Fact]
    public async Task Rule_columns_read_back_with_their_values()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var rows = query.Execute("""
            SELECT name, p_rule_id, p_alert_id, p_alert_context, epoch_us(p_alert_creation_time) AS created_us,
                epoch_us(p_alert_update_time) AS updated_us, p_rule_tags, p_rule_reports['MITRE ATT&CK'] AS mitre,
                p_rule_reports['CIS'] AS cis, cardinality(p_rule_reports) AS reports, p_alert_context->>'$.user' AS u,
                hour
            FROM rule_matches.test_nested ORDER BY name
            """).Rows.ToDictionary(r => (string)r["name"]!);

        Assert.Equal(["fifth", "first", "second"], rows.Keys);
        var first = rows["first"];
        Assert.Equal("Test.Rule", first["p_rule_id"]);
        Assert.Equal("alert-1", first["p_alert_id"]);
        Assert.Equal("""{"user":"alice"}""", first["p_alert_context"]);
        Assert.Equal("alice", first["u"]);
        Assert.Equal(Micros(new DateTime(2026, 12, 3, 15, 10, 0, 123, DateTimeKind.Utc)), first["created_us"]);
        Assert.Equal(Micros(Updated), first["updated_us"]);
        Assert.Equal(["Initial Access", "aws"], Strings(first["p_rule_tags"]));
        Assert.Equal(["TA0001:T1078", "TA0005"], Strings(first["mitre"]));
        Assert.Empty(Strings(first["cis"]));
        Assert.Equal(2UL, first["reports"]);
        Assert.Equal(15, first["hour"]);

        var second = rows["second"];
        Assert.Null(second["p_alert_context"]);
        Assert.Empty(Strings(second["p_rule_tags"]));
        Assert.Equal(0UL, second["reports"]);
        Assert.Equal("alert-1", second["p_alert_id"]);
        Assert.Equal("alert-2", rows["fifth"]["p_alert_id"]);
    }

    [Fact]
    public async Task Rule_errors_have_the_rule_columns_and_the_error()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var row = Assert.Single(query.Execute("""
            SELECT name, p_rule_id, p_alert_id, p_rule_error, p_rule_tags FROM rule_errors.test_nested
            """).Rows);
        var matchColumns = Describe(query, "rule_matches.test_nested").Keys;

        Assert.Equal("third", row["name"]);
        Assert.Equal("Test.Rule", row["p_rule_id"]);
        Assert.Equal("error-1", row["p_alert_id"]);
        Assert.Equal("KeyError: 'user'", row["p_rule_error"]);
        Assert.Equal(["Initial Access", "aws"], Strings(row["p_rule_tags"]));
        Assert.DoesNotContain("p_rule_error", matchColumns);
    }

    [Fact]
    public async Task Rule_columns_have_string_list_map_and_timestamp_types()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var types = Describe(query, "rule_errors.test_nested");

        Assert.Equal("VARCHAR", types["p_rule_id"]);
        Assert.Equal("VARCHAR", types["p_alert_id"]);
        Assert.Equal("VARCHAR", types["p_alert_context"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["p_alert_creation_time"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["p_alert_update_time"]);
        Assert.Equal("VARCHAR[]", types["p_rule_tags"]);
        Assert.Equal("MAP(VARCHAR, VARCHAR[])", types["p_rule_reports"]);
        Assert.Equal("VARCHAR", types["p_rule_error"]);
        Assert.Equal(types["p_event_time"], types["p_alert_creation_time"]);
    }

    [Fact]
    public async Task A_match_table_has_its_log_table_columns_first_then_the_rule_columns()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);
        using var query = new LakeQuery(lake.Layout);
        string[] hive = ["year", "month", "day", "hour"];

        var log = Describe(query, "test_nested").ToList();
        var matches = Describe(query, "rule_matches.test_nested").ToList();
        var errors = Describe(query, "rule_errors.test_nested").ToList();
        var logColumns = log.Where(c => !hive.Contains(c.Key)).ToList();

        Assert.Equal(logColumns, matches.Take(logColumns.Count));
        Assert.Equal(RuleColumns, matches.Skip(logColumns.Count).Take(RuleColumns.Length).Select(c => c.Key));
        Assert.Equal([.. logColumns, .. matches.Skip(logColumns.Count).Take(RuleColumns.Length)],
            errors.Take(logColumns.Count + RuleColumns.Length));
        Assert.Equal("p_rule_error", errors[logColumns.Count + RuleColumns.Length].Key);
    }

    [Fact]
    public async Task A_matched_event_reads_back_the_same_as_in_its_log_table()
    {
        using var lake = new TempLake();
        await WriteAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var differences = query.Execute($"""
            SELECT count(*) AS n FROM (
                SELECT * EXCLUDE ({string.Join(", ", RuleColumns)}) FROM rule_matches.test_nested
                EXCEPT ALL
                SELECT * FROM test_nested)
            """).Rows[0]["n"];
        var matched = query.Execute("""
            SELECT count(*) AS n FROM test_nested l JOIN rule_matches.test_nested m USING (p_row_id)
            WHERE to_json(l.user) IS NOT DISTINCT FROM to_json(m.user)
                AND l.p_overflow IS NOT DISTINCT FROM m.p_overflow
                AND l.p_any_ip_addresses IS NOT DISTINCT FROM m.p_any_ip_addresses
            """).Rows[0]["n"];

        Assert.Equal(0L, differences);
        Assert.Equal(3L, matched);
    }

    [Fact]
    public async Task Matches_are_copied_before_the_reader_reuses_its_events()
    {
        using var lake = new TempLake();
        await WriteAsync(lake, batchSize: 1);
        using var query = new LakeQuery(lake.Layout);

        var rows = query.Execute("SELECT name, user.name AS u FROM rule_matches.test_nested ORDER BY name").Rows;

        Assert.Equal(["fifth", "first", "second"], rows.Select(r => (string)r["name"]!));
        Assert.Equal("alice", rows[1]["u"]);
    }

    [Fact]
    public async Task Match_buffers_roll_at_the_row_limit_like_log_buffers()
    {
        using var lake = new TempLake();
        var options = new ParquetLakeWriterOptions { MaxRowsPerFile = 1, TimeProvider = new ManualTimeProvider(Now) };
        await using (var writer = new ParquetLakeWriter(lake.Layout, options))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(), rule: Rule);

            Assert.Equal(0, writer.RowsBuffered);
            Assert.Equal(9, writer.FilesWritten);
        }

        Assert.Equal(3, lake.Files("*.parquet").Count(f => f.StartsWith("rule_matches/", StringComparison.Ordinal)));
        Assert.Single(lake.Files("*.parquet"), f => f.StartsWith("rule_errors/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Match_buffers_are_written_when_they_are_older_than_the_age_limit()
    {
        using var lake = new TempLake();
        var clock = new ManualTimeProvider(Now);
        var options = new ParquetLakeWriterOptions { MaxBufferAge = TimeSpan.FromSeconds(30), TimeProvider = clock };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);
        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(), rule: Rule);
        Assert.Equal(9, writer.RowsBuffered);

        clock.Now = Now.AddSeconds(30);
        await writer.FlushExpiredAsync();

        Assert.Equal(0, writer.RowsBuffered);
        Assert.Equal(9, writer.RowsWritten);
        Assert.Equal(6, writer.FilesWritten);
    }

    internal static RuleMatchInfo? Rule(NormalizedEvent evt)
    {
        var name = evt.Root["name"].GetString();
        var match = new RuleMatchInfo
        {
            RuleId = "Test.Rule",
            AlertId = name == "fifth" ? "alert-2" : "alert-1",
            AlertContextJson = name == "first" ? """{"user":"alice"}""" : null,
            AlertCreationTime = Created,
            AlertUpdateTime = Updated,
            Tags = name == "second" ? [] : ["Initial Access", "aws"],
            Reports = name == "second"
                ? new Dictionary<string, IReadOnlyList<string>>()
                : new Dictionary<string, IReadOnlyList<string>>
                {
                    ["MITRE ATT&CK"] = ["TA0001:T1078", "TA0005"],
                    ["CIS"] = [],
                },
        };
        return name switch
        {
            "fourth" => null,
            "third" => match with { AlertId = "error-1", Error = "KeyError: 'user'" },
            _ => match,
        };
    }

    private static async Task WriteAsync(TempLake lake, int batchSize = 256)
    {
        var options = new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);
        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(), batchSize, Rule);
        await writer.FlushAsync();
        Assert.Equal(9, writer.RowsWritten);
    }

    private static Dictionary<string, string> Describe(LakeQuery query, string view) =>
        query.Execute("DESCRIBE " + view).Rows
            .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!);

    private static long Micros(DateTime time) => (time.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static List<string?> Strings(object? list) =>
        [.. ((IEnumerable)list!).Cast<object?>().Select(v => (string?)v)];
}
