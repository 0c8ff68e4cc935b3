using System.Collections;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

public class AlertLakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Created = new(2026, 12, 3, 15, 10, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Snapshots_land_in_the_hour_of_their_update_time_one_file_per_hour()
    {
        using var lake = new TempLake();
        await using (var writer = CreateWriter(lake, out _))
        {
            await writer.WriteAlertsAsync(
            [
                Snapshot("a", Created.AddMinutes(5), 1),
                Snapshot("b", Created.AddMinutes(70), 1),
                Snapshot("a", Created.AddMinutes(20), 2),
            ]);

            Assert.Equal(2, writer.FilesWritten);
            Assert.Equal(3, writer.RowsWritten);
        }

        Assert.Equal(
            [
                "alerts/alerts/year=2026/month=12/day=03/hour=15",
                "alerts/alerts/year=2026/month=12/day=03/hour=16",
            ],
            lake.Files().Select(f => f[..f.LastIndexOf('/')]));
        Assert.Empty(lake.Files("*.tmp"));
    }

    [Fact]
    public async Task The_alerts_view_shows_the_latest_snapshot_and_alert_history_shows_all()
    {
        using var lake = new TempLake();
        await using (var writer = CreateWriter(lake, out var clock))
        {
            await writer.WriteAlertsAsync([Snapshot("a", Created, 1), Snapshot("b", Created, 1)]);
            clock.Now = Now.AddMinutes(1);
            await writer.WriteAlertsAsync([Snapshot("a", Created.AddMinutes(90), 5) with { Raised = true }]);
            clock.Now = Now.AddMinutes(2);
            await writer.WriteAlertsAsync([Snapshot("a", Created.AddMinutes(30), 3)]);
        }

        using var query = new LakeQuery(lake.Layout);
        var latest = query.Execute("SELECT alert_id, event_count, raised, hour FROM alerts ORDER BY alert_id").Rows;
        var history = query.Execute("SELECT count(*) AS n FROM alert_history WHERE alert_id = 'a'").Rows;

        Assert.Equal(["a", "b"], latest.Select(r => (string)r["alert_id"]!));
        Assert.Equal(5L, latest[0]["event_count"]);
        Assert.Equal(true, latest[0]["raised"]);
        Assert.Equal(16, latest[0]["hour"]);
        Assert.Equal(1L, latest[1]["event_count"]);
        Assert.Equal(3L, history[0]["n"]);
    }

    [Fact]
    public async Task Snapshots_with_the_same_update_time_are_decided_by_event_count_then_by_write_order()
    {
        using var lake = new TempLake();
        await using (var writer = CreateWriter(lake, out var clock))
        {
            await writer.WriteAlertsAsync([Snapshot("a", Created, 4), Snapshot("b", Created, 2)]);
            clock.Now = Now.AddSeconds(1);
            await writer.WriteAlertsAsync(
                [Snapshot("a", Created, 3), Snapshot("b", Created, 2) with { Title = "new" }]);
            await writer.WriteAlertsAsync(
                [Snapshot("c", Created, 1) with { Title = "old" }, Snapshot("c", Created, 1) with { Title = "new" }]);
        }

        using var query = new LakeQuery(lake.Layout);
        var latest = query.Execute("SELECT alert_id, event_count, title FROM alerts ORDER BY alert_id").Rows;

        Assert.Equal(4L, latest[0]["event_count"]);
        Assert.Equal("new", latest[1]["title"]);
        Assert.Equal("new", latest[2]["title"]);
    }

    [Fact]
    public async Task Alert_columns_read_back_with_their_types_and_values()
    {
        using var lake = new TempLake();
        var alert = new LakeAlertRecord
        {
            AlertId = "0f3c",
            Type = "RULE_ERROR",
            RuleId = "AWS.Console.RootLogin",
            RuleVersion = "v3",
            Title = "Root login from 203.0.113.15",
            Severity = "HIGH",
            Dedup = "203.0.113.15",
            CreationTime = Created.AddTicks(1234567),
            UpdateTime = Created.AddMinutes(5),
            EventCount = 12,
            Raised = true,
            LogTypes = ["AWS.CloudTrail"],
            Tags = ["aws", "Initial Access"],
            Reports = new Dictionary<string, IReadOnlyList<string>> { ["MITRE ATT&CK"] = ["TA0001:T1078"] },
            ContextJson = """{"ip":"203.0.113.15"}""",
            Description = "desc",
            Runbook = "run",
            Reference = "https://example.com/ref",
            Destinations = ["slack-sec", "pagerduty"],
            Error = "boom",
        };
        await using (var writer = CreateWriter(lake, out _))
        {
            await writer.WriteAlertsAsync([alert]);
        }

        using var query = new LakeQuery(lake.Layout);
        var types = query.Execute("DESCRIBE alerts").Rows
            .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!);
        var row = Assert.Single(query.Execute("""
            SELECT *, epoch_us(creation_time) AS created_us, epoch_us(update_time) AS updated_us,
                reports['MITRE ATT&CK'] AS mitre, context->>'$.ip' AS ip
            FROM alerts
            """).Rows);

        Assert.Equal(
            [
                "alert_id", "type", "rule_id", "rule_version", "title", "severity", "dedup", "creation_time",
                "update_time", "event_count", "raised", "log_types", "tags", "reports", "context", "description",
                "runbook", "reference", "destinations", "error", "summary",
            ],
            types.Keys.Take(21));
        Assert.Equal(["day", "hour", "month", "year"], types.Keys.Skip(21).Order(StringComparer.Ordinal));
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["creation_time"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["update_time"]);
        Assert.Equal("BIGINT", types["event_count"]);
        Assert.Equal("BOOLEAN", types["raised"]);
        Assert.Equal("VARCHAR[]", types["log_types"]);
        Assert.Equal("VARCHAR[]", types["tags"]);
        Assert.Equal("VARCHAR[]", types["destinations"]);
        Assert.Equal("MAP(VARCHAR, VARCHAR[])", types["reports"]);
        Assert.Equal("VARCHAR", types["context"]);
        Assert.Equal("0f3c", row["alert_id"]);
        Assert.Equal("RULE_ERROR", row["type"]);
        Assert.Equal("AWS.Console.RootLogin", row["rule_id"]);
        Assert.Equal("v3", row["rule_version"]);
        Assert.Equal("Root login from 203.0.113.15", row["title"]);
        Assert.Equal("HIGH", row["severity"]);
        Assert.Equal("203.0.113.15", row["dedup"]);
        Assert.Equal(Micros(Created) + 123_000, row["created_us"]);
        Assert.Equal(Micros(Created.AddMinutes(5)), row["updated_us"]);
        Assert.Equal(12L, row["event_count"]);
        Assert.Equal(true, row["raised"]);
        Assert.Equal(["AWS.CloudTrail"], Strings(row["log_types"]));
        Assert.Equal(["aws", "Initial Access"], Strings(row["tags"]));
        Assert.Equal(["TA0001:T1078"], Strings(row["mitre"]));
        Assert.Equal("203.0.113.15", row["ip"]);
        Assert.Equal("desc", row["description"]);
        Assert.Equal("run", row["runbook"]);
        Assert.Equal("https://example.com/ref", row["reference"]);
        Assert.Equal(["slack-sec", "pagerduty"], Strings(row["destinations"]));
        Assert.Equal("boom", row["error"]);
    }

    [Fact]
    public async Task Optional_alert_fields_read_back_as_null_and_empty_lists_as_empty()
    {
        using var lake = new TempLake();
        await using (var writer = CreateWriter(lake, out _))
        {
            await writer.WriteAlertsAsync([Snapshot("a", Created, 1)]);
        }

        using var query = new LakeQuery(lake.Layout);
        var row = Assert.Single(query.Execute("""
            SELECT rule_version, context, description, runbook, reference, error, tags, destinations,
                cardinality(reports) AS reports
            FROM alerts
            """).Rows);

        Assert.All(["rule_version", "context", "description", "runbook", "reference", "error"],
            column => Assert.Null(row[column]));
        Assert.Empty(Strings(row["tags"]));
        Assert.Empty(Strings(row["destinations"]));
        Assert.Equal(0UL, row["reports"]);
    }

    [Fact]
    public async Task An_empty_alert_list_writes_nothing()
    {
        using var lake = new TempLake();
        await using (var writer = CreateWriter(lake, out _))
        {
            await writer.WriteAlertsAsync([]);

            Assert.Equal(0, writer.FilesWritten);
        }

        using var query = new LakeQuery(lake.Layout);

        Assert.False(Directory.Exists(Path.Combine(lake.Root, "alerts")));
        Assert.Empty(lake.Files());
        Assert.False(query.HasAlerts);
        Assert.Empty(query.Views);
    }

    [Fact]
    public async Task Writing_alerts_after_dispose_is_refused()
    {
        using var lake = new TempLake();
        var writer = new ParquetLakeWriter(lake.Layout);
        await writer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await writer.WriteAlertsAsync([]));
    }

    private static ParquetLakeWriter CreateWriter(TempLake lake, out ManualTimeProvider clock)
    {
        clock = new ManualTimeProvider(Now);
        return new ParquetLakeWriter(lake.Layout, new ParquetLakeWriterOptions { TimeProvider = clock });
    }

    private static LakeAlertRecord Snapshot(string id, DateTime updated, long events) => new()
    {
        AlertId = id,
        Type = "RULE",
        RuleId = "Test.Rule",
        Title = "title",
        Severity = "MEDIUM",
        Dedup = "dedup-" + id,
        CreationTime = Created,
        UpdateTime = updated,
        EventCount = events,
    };

    private static long Micros(DateTime time) => (time.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    private static List<string?> Strings(object? list) =>
        [.. ((IEnumerable)list!).Cast<object?>().Select(v => (string?)v)];
}
