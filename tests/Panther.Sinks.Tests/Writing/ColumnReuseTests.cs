using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;
using Panther.Sinks.Writing.Columns;
using Panther.Tests.Shared;

namespace Panther.Sinks.Tests.Writing;

public class ColumnReuseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Files_that_reuse_the_columns_of_earlier_files_hold_the_same_rows()
    {
        var input = await File.ReadAllBytesAsync(
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"));

        var whole = await ReadBackAsync(input,
            new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) });
        var small = await ReadBackAsync(input,
            new ParquetLakeWriterOptions { MaxRowsPerFile = 3, TimeProvider = new ManualTimeProvider(Now) });

        Assert.True(small.Files > whole.Files * 5);
        Assert.True(whole.Rows.Count > 100);
        Assert.Equal(whole.Rows, small.Rows);
    }

    [SkippableFact]
    public void Shredding_events_into_columns_allocates_nothing_once_the_columns_have_grown()
    {
        var lines = File.ReadLines(TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"))
            .Take(200).Select(System.Text.Encoding.UTF8.GetBytes).ToList();
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry(), new LogParserOptions { BatchSize = 1000 });
        var batch = new EventBatch();
        for (var i = 0; i < lines.Count; i++)
        {
            parser.Parse(lines[i], new LogSource("test"), new RecordPosition(i + 1, 0, 0), batch);
        }

        var events = batch.Events.ToList();
        using var table = new TableColumns(events[0].Schema);
        Fill(table, events);
        Fill(table, events);

        var allocated = Allocations.Measure(() => Fill(table, events), times: 5);

        Assert.Equal(200, events.Count);
        Assert.Equal(200, table.Rows);
        Assert.Equal(0, allocated);
    }

    private static void Fill(TableColumns table, List<NormalizedEvent> events)
    {
        table.Clear();
        foreach (var evt in events)
        {
            table.AddRow(evt);
        }
    }

    private static async Task<(long Files, List<string> Rows)> ReadBackAsync(byte[] input,
        ParquetLakeWriterOptions options)
    {
        using var lake = new TempLake();
        long files;
        await using (var writer = new ParquetLakeWriter(lake.Layout, options))
        {
            await LakeRun.WriteAsync(writer, input, BuiltInLogTypes.CreateRegistry(), batchSize: 64);
            await writer.FlushAsync();
            files = writer.FilesWritten;
        }

        using var query = new LakeQuery(lake.Layout);
        var rows = query.Execute(
            "SELECT to_json(t)::VARCHAR AS row FROM (SELECT * EXCLUDE (p_row_id) FROM aws_cloudtrail) t ORDER BY row")
            .Rows;
        return (files, [.. rows.Select(r => (string)r["row"]!)]);
    }
}
