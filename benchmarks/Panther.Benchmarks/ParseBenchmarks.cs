using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Panther.Benchmarks.Baselines;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Benchmarks;

/// <summary>
/// Parse, normalize and collect indicators for generated events held in memory, beside the baselines on the same
/// bytes: a Utf8JsonReader walk over every token (the floor of any .NET JSON parse), JsonDocument.Parse, and
/// JsonSerializer into plain classes. Runs for one log type of each family, and for Suricata DNS.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    public const int EventCount = 2000;

    private BenchmarkData _data = null!;
    private LogParser _parser = null!;
    private EventBatch _batch = null!;
    private LogSource _source = null!;

    [ParamsSource(nameof(LogTypes))]
    public string LogType { get; set; } = "AWS.CloudTrail";

    public static IEnumerable<string> LogTypes =>
        ["AWS.CloudTrail", "Okta.SystemLog", "Osquery.Differential", "Suricata.Alert", "Suricata.DNS"];

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create(LogType, EventCount);
        _parser = new LogParser(BuiltInLogTypes.CreateRegistry(), new LogParserOptions { LogType = LogType });
        _batch = new EventBatch();
        _source = new LogSource("benchmark");
    }

    public long TotalBytes => _data.TotalBytes;

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

    [Benchmark(Description = "JsonDocument.Parse")]
    public int Document()
    {
        var members = 0;
        foreach (var json in _data.Events)
        {
            using var document = JsonDocument.Parse(json);
            members += document.RootElement.GetPropertyCount();
        }

        return members;
    }

    [Benchmark(Description = "JsonSerializer into plain classes")]
    public int Serializer()
    {
        var count = 0;
        foreach (var json in _data.Events)
        {
            count += PlainClasses.Deserialize(LogType, json) is null ? 0 : 1;
        }

        return count;
    }

    [Benchmark(Description = "Panther parse + normalize + indicators")]
    public int Panther()
    {
        var count = 0;
        foreach (var json in _data.Events)
        {
            _batch.Clear();
            _parser.Parse(json, _source, default, _batch);
            count += _batch.Count;
        }

        return count;
    }
}
