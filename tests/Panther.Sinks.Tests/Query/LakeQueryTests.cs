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
}
