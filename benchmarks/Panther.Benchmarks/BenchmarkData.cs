using Panther.Parsing.Generation;

namespace Panther.Benchmarks;

/// <summary>Generated events held in memory, so benchmarks measure parsing and not disk reads.</summary>
public sealed class BenchmarkData
{
    private BenchmarkData(string logType, IReadOnlyList<byte[]> events)
    {
        LogType = logType;
        Events = events;
        TotalBytes = events.Sum(e => (long)e.Length);
        JsonLines = [.. events.SelectMany(e => e.Append((byte)'\n'))];
    }

    public string LogType { get; }

    public IReadOnlyList<byte[]> Events { get; }

    public byte[] JsonLines { get; }

    public long TotalBytes { get; }

    public static BenchmarkData Create(string logType, int count, int seed = 42) =>
        new(logType, SampleGenerators.Generate(SampleGenerators.Get(logType), count, seed));
}
