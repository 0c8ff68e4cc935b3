using BenchmarkDotNet.Attributes;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;
using Parquet;

namespace Panther.Benchmarks;

/// <summary>
/// Normalized CloudTrail events into Parquet: the same JSON lines read through <see cref="LogReader"/> alone (the
/// baseline) and then written with <see cref="ParquetLakeWriter"/>, snappy and zstd, one file per operation. Files go
/// to <c>/dev/shm</c> when the machine has it, so the figure is the encoding and not the disk; they are deleted at the
/// end of the run, not between iterations, which would make BenchmarkDotNet run one operation per iteration.
/// </summary>
[MemoryDiagnoser]
public class SinkBenchmarks
{
    private BenchmarkData _data = null!;
    private LogReader _reader = null!;
    private LogSource _source = null!;
    private string _root = null!;
    private ParquetLakeWriter _snappy = null!;
    private ParquetLakeWriter _zstd = null!;

    public long TotalBytes => _data.TotalBytes;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create("AWS.CloudTrail", ParseBenchmarks.EventCount);
        _reader = new LogReader(new LogParser(BuiltInLogTypes.CreateRegistry(),
            new LogParserOptions { LogType = "AWS.CloudTrail" }));
        _source = new LogSource("benchmark");
        var scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _root = Path.Combine(scratch, "panther-sink-benchmark-" + Guid.NewGuid().ToString("N"));
        _snappy = CreateWriter(CompressionMethod.Snappy);
        _zstd = CreateWriter(CompressionMethod.Zstd);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _snappy.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _zstd.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "parse only")]
    public async Task<int> ParseOnly()
    {
        var count = 0;
        using var stream = new MemoryStream(_data.JsonLines, writable: false);
        await foreach (var batch in _reader.ReadAsync(stream, _source))
        {
            count += batch.Count;
        }

        return count;
    }

    [Benchmark(Description = "parse + Parquet, snappy")]
    public Task<int> Snappy() => WriteAsync(_snappy);

    [Benchmark(Description = "parse + Parquet, zstd")]
    public Task<int> Zstd() => WriteAsync(_zstd);

    private async Task<int> WriteAsync(ParquetLakeWriter writer)
    {
        var count = 0;
        using var stream = new MemoryStream(_data.JsonLines, writable: false);
        await foreach (var batch in _reader.ReadAsync(stream, _source))
        {
            await writer.WriteAsync(batch);
            count += batch.Count;
        }

        await writer.FlushAsync();
        return count;
    }

    private ParquetLakeWriter CreateWriter(CompressionMethod compression) =>
        new(new LakeLayout(_root), new ParquetLakeWriterOptions
        {
            Compression = compression,
            MaxRowsPerFile = 1_000_000,
            MaxBufferBytes = 1L << 30,
        });
}
