using System.Globalization;
using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Tests.Ingestion;

public sealed class LakeIngestionTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("panther-ingestion-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Events_reach_the_lake_and_bad_lines_and_unreadable_inputs_reach_the_quarantine()
    {
        var lake = Path.Combine(_work.FullName, "lake");
        var input = Path.Combine(_work.FullName, "events.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"eventVersion":"1.08","eventTime":"2026-12-03T10:15:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject"}""",
            """{"eventName":""",
            """{"eventVersion":"1.08","eventTime":"2026-12-03T11:20:00Z","eventSource":"iam.amazonaws.com","eventName":"CreateUser"}""",
        ]);
        var unreadable = Path.Combine(_work.FullName, "folder-as-file");
        Directory.CreateDirectory(unreadable);
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var writer = new ParquetLakeWriter(new LakeLayout(lake));
        var quarantine = new LakeQuarantineWriter(lake);

        IngestionSummary summary;
        await using (writer)
        await using (quarantine)
        {
            summary = await new LakeIngestion(parser, writer, quarantine)
                .RunAsync([FileInput.ForFile(input), FileInput.ForFile(unreadable)]);
        }

        Assert.Equal(2, summary.Inputs);
        Assert.Equal(new Dictionary<string, long> { ["AWS.CloudTrail"] = 2 }, summary.EventsByLogType);
        Assert.Equal(2, summary.Quarantined);
        var lines = await File.ReadAllLinesAsync(summary.QuarantineFile!);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"line\":2", lines[0], StringComparison.Ordinal);
        Assert.Contains("cannot read the input", lines[1], StringComparison.Ordinal);
        using var query = new LakeQuery(new LakeLayout(lake));
        var rows = query.Execute("SELECT eventName, hour FROM aws_cloudtrail ORDER BY p_event_time").Rows;
        Assert.Equal([("GetObject", 10), ("CreateUser", 11)],
            rows.Select(r => ((string)r["eventName"]!,
                Convert.ToInt32(r["hour"], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_lake_that_cannot_be_written_stops_the_run_without_blaming_the_input()
    {
        var lake = Path.Combine(_work.FullName, "lake");
        var input = Path.Combine(_work.FullName, "events.jsonl");
        await File.WriteAllTextAsync(input, """
            {"eventTime":"2026-12-03T10:15:00Z","eventSource":"s3.amazonaws.com","eventName":"GetObject"}
            """);
        var sink = new Detection.RecordingSink
        {
            BeforeWrite = (_, _) => throw new IOException("No space left on device"),
        };
        var quarantine = new LakeQuarantineWriter(lake);
        var ingestion = new LakeIngestion(new LogParser(BuiltInLogTypes.CreateRegistry()), sink, quarantine);

        var failure = await Assert.ThrowsAsync<LakeWriteException>(
            () => ingestion.RunAsync([FileInput.ForFile(input)]));
        await quarantine.DisposeAsync();

        Assert.Equal("cannot write the lake: No space left on device", failure.Message);
        Assert.IsType<IOException>(failure.InnerException);
        Assert.Equal(0, quarantine.Count);
    }

    [Fact]
    public async Task An_input_that_fails_part_way_is_picked_up_where_it_stopped_and_each_event_goes_in_once()
    {
        var lines = Enumerable.Range(0, 2000).Select(i => string.Create(CultureInfo.InvariantCulture,
            $$"""{"eventTime":"2026-12-03T10:15:00Z","eventSource":"s3.amazonaws.com","eventName":"Call{{i}}"}"""));
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var (first, second) = (new Detection.RecordingSink(), new Detection.RecordingSink());
        var input = FileInput.ForStream(new LogSource("flaky"), () => new FailingStream(bytes, bytes.Length / 2),
            "flaky|v1");

        IngestionSummary cut;
        var quarantine = new LakeQuarantineWriter(Path.Combine(_work.FullName, "lake"));
        await using (quarantine)
        {
            cut = await new LakeIngestion(parser, first, quarantine).RunAsync([input]);
        }

        var part = Assert.Single(cut.InputsReadInPart);
        var whole = FileInput.ForStream(new LogSource("flaky"), () => new MemoryStream(bytes), "flaky|v1")
            .ResumingAt(part.ResumeAt);
        var resumed = await new LakeIngestion(parser, second,
            new LakeQuarantineWriter(Path.Combine(_work.FullName, "lake2"))).RunAsync([whole]);

        Assert.Empty(cut.InputsRead);
        Assert.InRange(first.Events, 1, 1999);
        Assert.Contains("a later run picks up there", File.ReadAllText(cut.QuarantineFile!), StringComparison.Ordinal);
        Assert.Single(resumed.InputsRead);
        Assert.Empty(first.Offsets.Intersect(second.Offsets));
        Assert.Equal(2000, first.Offsets.Union(second.Offsets).Count());
    }

    /// <summary>A stream that fails as a dropped connection does once a number of bytes has been read.</summary>
    private sealed class FailingStream(byte[] content, int failAfter) : MemoryStream(content, writable: false)
    {
        public override int Read(Span<byte> buffer) => Position >= failAfter
            ? throw new IOException("the connection was reset")
            : base.Read(buffer[..(int)Math.Min(buffer.Length, failAfter - Position)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }
}
