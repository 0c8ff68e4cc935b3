using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Query;

public class LakeQueryTests
{
    [Fact]
    public void An_empty_lake_has_no_tables()
    {
        using var lake = new TempLake();
        using var query = new LakeQuery(lake.Layout);

        Assert.Empty(query.Tables);
        Assert.Equal(1, query.Execute("SELECT 1 AS one").Rows[0]["one"]);
    }

    [Fact]
    public async Task Refresh_adds_tables_written_after_the_views_were_made()
    {
        using var lake = new TempLake();
        using var query = new LakeQuery(lake.Layout);
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());
        }

        query.Refresh();

        Assert.Equal([NestedLogType.Table], query.Tables);
        Assert.Equal(5L, query.Execute("SELECT count(*) AS n FROM test_nested").Rows[0]["n"]);
    }

    [Fact]
    public async Task Folders_that_are_not_table_names_get_no_view()
    {
        using var lake = new TempLake();
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());
        }

        var stray = Path.Combine(lake.Root, "logs", "Not-A-Table");
        Directory.CreateDirectory(stray);
        await File.WriteAllTextAsync(Path.Combine(stray, "x.parquet"), "not parquet");
        using var query = new LakeQuery(lake.Layout);

        Assert.Equal([NestedLogType.Table], query.Tables);
    }

    [Fact]
    public async Task Views_list_log_tables_alert_views_and_rule_tables_by_schema()
    {
        using var lake = new TempLake();
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(),
                rule: Writing.RuleMatchLakeTests.Rule);
            await writer.WriteAlertsAsync([Alert()]);
        }

        using var query = new LakeQuery(lake.Layout);

        Assert.Equal([NestedLogType.Table], query.Tables);
        Assert.Equal([NestedLogType.Table], query.RuleMatchTables);
        Assert.Equal([NestedLogType.Table], query.RuleErrorTables);
        Assert.True(query.HasAlerts);
        Assert.Equal(
            ["test_nested", "alert_history", "alerts", "rule_errors.test_nested", "rule_matches.test_nested"],
            query.Views);
        Assert.All(query.Views, view => Assert.NotEmpty(query.Execute($"SELECT * FROM {view} LIMIT 1").Rows));
    }

    [Fact]
    public async Task Rule_folders_that_are_not_table_names_get_no_view()
    {
        using var lake = new TempLake();
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(),
                rule: Writing.RuleMatchLakeTests.Rule);
        }

        foreach (var folder in new[] { "rule_matches/x\"; DROP TABLE y; --", "rule_errors/Bad.Name" })
        {
            var stray = Path.Combine(lake.Root, folder);
            Directory.CreateDirectory(stray);
            await File.WriteAllTextAsync(Path.Combine(stray, "x.parquet"), "not parquet");
        }

        using var query = new LakeQuery(lake.Layout);

        Assert.Equal([NestedLogType.Table], query.RuleMatchTables);
        Assert.Equal([NestedLogType.Table], query.RuleErrorTables);
    }

    [Fact]
    public async Task Refresh_adds_rule_tables_and_alert_views_written_after_the_views_were_made()
    {
        using var lake = new TempLake();
        using var query = new LakeQuery(lake.Layout);
        Assert.False(query.HasAlerts);
        Assert.Empty(query.RuleMatchTables);
        Assert.Equal(2L, query.Execute("SELECT count(*) AS n FROM duckdb_schemas() "
            + "WHERE schema_name IN ('rule_matches', 'rule_errors')").Rows[0]["n"]);

        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(),
                rule: Writing.RuleMatchLakeTests.Rule);
            await writer.WriteAlertsAsync([Alert()]);
        }

        query.Refresh();

        Assert.True(query.HasAlerts);
        Assert.Equal(3L, query.Execute("SELECT count(*) AS n FROM rule_matches.test_nested").Rows[0]["n"]);
        Assert.Equal(1L, query.Execute("SELECT count(*) AS n FROM alerts").Rows[0]["n"]);
    }

    internal static LakeAlertRecord Alert() => new()
    {
        AlertId = "a",
        Type = "RULE",
        RuleId = "Test.Rule",
        Title = "title",
        Severity = "LOW",
        Dedup = "d",
        CreationTime = new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc),
        UpdateTime = new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc),
        EventCount = 1,
    };
}
