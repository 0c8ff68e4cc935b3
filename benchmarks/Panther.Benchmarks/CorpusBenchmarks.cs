using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Benchmarks;

/// <summary>
/// The parse of <see cref="ParseBenchmarks"/> on the real logs of the shared corpus instead of generated ones, one
/// family at a time, beside the token walk and <c>JsonDocument.Parse</c> on the same bytes. The corpus mixes the log
/// types of a family (osquery differential, batch and snapshot results; every Suricata event type), so Panther finds
/// each record's type with the classifier, as <c>panther run</c> does without <c>--log-type</c>; records that do
/// not normalize are quarantined, which is part of the cost. Registered only when the corpus is present.
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private List<byte[]> _records = null!;
    private LogParser _parser = null!;
    private EventBatch _batch = null!;
    private LogSource _source = null!;

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = "cloudtrail";

    public static IEnumerable<string> Families => CorpusData.Families;

    /// <summary>Gets the bytes of JSON in one pass.</summary>
    public long TotalBytes => _records.Sum(record => (long)record.Length);

    /// <summary>Gets the records in one pass.</summary>
    public int TotalEvents => _records.Count;

    [GlobalSetup]
    public void Setup()
    {
        _records = CorpusData.Load(Family);
        _parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        _batch = new EventBatch();
        _source = new LogSource("corpus");
    }

    [Benchmark(Baseline = true, Description = "Utf8JsonReader token walk")]
    public int TokenWalk()
    {
        var tokens = 0;
        foreach (var json in _records)
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                tokens++;
            }
        }

        return tokens > 0 ? _records.Count : 0;
    }

    [Benchmark(Description = "JsonDocument.Parse")]
    public int Document()
    {
        var documents = 0;
        foreach (var json in _records)
        {
            using var document = JsonDocument.Parse(json);
            documents += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
        }

        return documents;
    }

    [Benchmark(Description = "Panther classify + parse + normalize + indicators")]
    public int Panther()
    {
        var records = 0;
        foreach (var json in _records)
        {
            _batch.Clear();
            _parser.Parse(json, _source, default, _batch);
            records += _batch.Count + _batch.Quarantined.Count;
        }

        return records;
    }
}
