using BenchmarkDotNet.Attributes;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Benchmarks;

/// <summary>
/// What classification costs: JSON lines of four families interleaved, read through <see cref="LogReader"/> with
/// every built-in log type registered and none named, against the same events read family by family with the log type
/// given (the baseline). A third case reads the lines grouped by family without a log type, to show how much of the
/// cost comes from the type changing on every line.
/// </summary>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    /// <summary>One log type of each family, in the order their lines are interleaved.</summary>
    public static readonly string[] LogTypes =
        ["AWS.CloudTrail", "Okta.SystemLog", "Osquery.Differential", "Suricata.Alert"];

    private byte[] _interleaved = null!;
    private byte[] _grouped = null!;
    private byte[][] _byType = null!;
    private LogReader _classifying = null!;
    private LogReader[] _typed = null!;
    private LogSource _source = null!;

    public long TotalBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = LogTypes.Select(t => BenchmarkData.Create(t, ParseBenchmarks.EventCount / LogTypes.Length))
            .ToArray();
        var perType = data[0].Events.Count;
        _interleaved = [.. Enumerable.Range(0, perType)
            .SelectMany(i => data.SelectMany(d => d.Events[i].Append((byte)'\n')))];
        _byType = [.. data.Select(d => d.JsonLines)];
        _grouped = [.. _byType.SelectMany(lines => lines)];
        TotalBytes = data.Sum(d => d.TotalBytes);

        var registry = BuiltInLogTypes.CreateRegistry();
        _classifying = new LogReader(new LogParser(registry));
        _typed = [.. LogTypes.Select(t =>
            new LogReader(new LogParser(registry, new LogParserOptions { LogType = t })))];
        _source = new LogSource("benchmark");
    }

    [Benchmark(Baseline = true, Description = "each family with its log type given")]
    public async Task<int> Typed()
    {
        var count = 0;
        for (var i = 0; i < _typed.Length; i++)
        {
            count += await ReadAsync(_typed[i], _byType[i]);
        }

        return count;
    }

    [Benchmark(Description = "families interleaved, classified")]
    public Task<int> Interleaved() => ReadAsync(_classifying, _interleaved);

    [Benchmark(Description = "families grouped, classified")]
    public Task<int> Grouped() => ReadAsync(_classifying, _grouped);

    private async Task<int> ReadAsync(LogReader reader, byte[] input)
    {
        var count = 0;
        using var stream = new MemoryStream(input, writable: false);
        await foreach (var batch in reader.ReadAsync(stream, _source))
        {
            count += batch.Count;
        }

        return count;
    }
}
