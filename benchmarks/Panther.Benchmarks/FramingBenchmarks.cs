using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Benchmarks;

/// <summary>
/// The whole read path for CloudTrail through <see cref="LogReader"/>: a gzip <c>{"Records":[...]}</c> file
/// streamed through a PipeReader, against the same events as plain JSON lines.
/// </summary>
[MemoryDiagnoser]
public class FramingBenchmarks
{
    private BenchmarkData _data = null!;
    private byte[] _gzipRecords = null!;
    private LogReader _reader = null!;
    private LogSource _source = null!;

    public long TotalBytes => _data.TotalBytes;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create("AWS.CloudTrail", ParseBenchmarks.EventCount);
        var records = new StringBuilder("{\"Records\":[");
        records.AppendJoin(',', _data.Events.Select(e => Encoding.UTF8.GetString(e)));
        records.Append("]}");
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(records.ToString()));
        }

        _gzipRecords = output.ToArray();
        _reader = new LogReader(new LogParser(BuiltInLogTypes.CreateRegistry()));
        _source = new LogSource("benchmark");
    }

    [Benchmark(Baseline = true, Description = "JSON lines through LogReader")]
    public Task<int> JsonLines() => ReadAsync(_data.JsonLines);

    [Benchmark(Description = "gzip Records file through LogReader")]
    public Task<int> GzipRecords() => ReadAsync(_gzipRecords);

    private async Task<int> ReadAsync(byte[] input)
    {
        var count = 0;
        using var stream = new MemoryStream(input, writable: false);
        await foreach (var batch in _reader.ReadAsync(stream, _source))
        {
            count += batch.Count;
        }

        return count;
    }
}
