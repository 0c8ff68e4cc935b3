using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Panther.Benchmarks.Rules;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Rules.Alerts;
using Panther.Rules.Evaluation;
using Panther.Schemas;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;

namespace Panther.Benchmarks;

/// <summary>
/// The whole pipeline on CloudTrail JSON lines held in memory as <see cref="Inputs"/> inputs: parse, normalize and
/// index, ten JavaScript rules (<see cref="CloudTrailRules"/>), alerts grouped in memory, events and rule matches
/// into Parquet (snappy) through <see cref="LakeIngestion"/> with one and with two workers. The baseline is the
/// <see cref="Utf8JsonReader"/> token walk over the same events. Lake files go to <c>/dev/shm</c> when the machine
/// has it and are deleted at the end of the run. The cases without rules or without the lake (a sink that drops what
/// it gets) show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    /// <summary>The number of inputs the events are split into, so that workers have inputs to share.</summary>
    public const int Inputs = 8;

    /// <summary>The events in one operation.</summary>
    public const int EventCount = 4 * ParseBenchmarks.EventCount;

    private BenchmarkData _data = null!;
    private byte[][] _inputs = null!;
    private LogTypeRegistry _registry = null!;
    private RuleSet _rules = null!;
    private string _root = null!;

    public long TotalBytes => _data.TotalBytes;

    /// <summary>Gets the events in one operation, for the events/s and bytes/event of the results table.</summary>
    public int TotalEvents => EventCount;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create("AWS.CloudTrail", EventCount);
        _inputs = [.. _data.Events.Chunk(EventCount / Inputs)
            .Select(events => events.SelectMany(json => json.Append((byte)'\n')).ToArray())];
        _registry = BuiltInLogTypes.CreateRegistry();
        _rules = RuleWorkload.JavaScript();
        var scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _root = Path.Combine(scratch, "panther-end-to-end-benchmark-" + Guid.NewGuid().ToString("N"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader token walk")]
    public int TokenWalk()
    {
        var tokens = 0;
        foreach (var json in _data.Events)
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens;
    }

    [Benchmark(Description = "pipeline: parse, no lake, 1 worker")]
    public Task<int> ParseOnly() => RunAsync(1, rules: false, lake: false);

    [Benchmark(Description = "pipeline: parse + 10 JS rules, no lake, 1 worker")]
    public Task<int> RulesOnly() => RunAsync(1, rules: true, lake: false);

    [Benchmark(Description = "pipeline: parse + Parquet, 1 worker")]
    public Task<int> ParquetOnly() => RunAsync(1, rules: false, lake: true);

    [Benchmark(Description = "pipeline: parse + 10 JS rules + Parquet, 1 worker")]
    public Task<int> OneWorker() => RunAsync(1, rules: true, lake: true);

    [Benchmark(Description = "pipeline: parse + 10 JS rules + Parquet, 2 workers")]
    public Task<int> TwoWorkers() => RunAsync(2, rules: true, lake: true);

    private async Task<int> RunAsync(int workers, bool rules, bool lake)
    {
        var inputs = _inputs.Select((bytes, i) =>
            FileInput.ForStream(new LogSource($"input-{i}"), () => new MemoryStream(bytes, writable: false)));
        var parserOptions = new LogParserOptions { LogType = "AWS.CloudTrail" };
        var writerOptions = new ParquetLakeWriterOptions { MaxRowsPerFile = 1_000_000, MaxBufferBytes = 1L << 30 };
        await using var quarantine = new LakeQuarantineWriter(_root);
        var detection = rules ? new DetectionStage(_rules, new AlertDeduplicator()) : null;
        var summary = await new LakeIngestion(() => new LogParser(_registry, parserOptions),
            () => lake ? new ParquetLakeWriter(new LakeLayout(_root), writerOptions) : new NullLakeSink(), workers,
            quarantine, detection).RunAsync(inputs);
        return (int)summary.Events;
    }
}
