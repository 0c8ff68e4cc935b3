using System.Text;
using BenchmarkDotNet.Attributes;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Enrichment;

namespace Panther.Benchmarks;

/// <summary>
/// The cost of lookup-table enrichment: CloudTrail JSON lines read through <see cref="LogReader"/> alone (the
/// baseline), then with every batch enriched from a 100,000-row CSV table matched on <c>userIdentity.userName</c>
/// and <c>sourceIPAddress</c>. The table holds every user name of the generated events, so every event with an IAM
/// user name matches (816 of the 2,000); the others cost two lookups that miss.
/// </summary>
[MemoryDiagnoser]
public class EnrichmentBenchmarks : IDisposable
{
    public const int TableRows = 100_000;

    private BenchmarkData _data = null!;
    private LogReader _reader = null!;
    private LogSource _source = null!;
    private LookupEnricher _enricher = null!;
    private string _folder = null!;

    public long TotalBytes => _data.TotalBytes;

    [GlobalSetup]
    public void Setup()
    {
        _data = BenchmarkData.Create("AWS.CloudTrail", ParseBenchmarks.EventCount);
        _reader = new LogReader(new LogParser(BuiltInLogTypes.CreateRegistry(),
            new LogParserOptions { LogType = "AWS.CloudTrail" }));
        _source = new LogSource("benchmark");
        _folder = Directory.CreateTempSubdirectory("panther-enrichment-benchmark-").FullName;
        var table = Path.Combine(_folder, "users.csv");
        File.WriteAllText(table, CreateTable());
        _enricher = new LookupEnricher(
        [
            new LookupTableDefinition
            {
                Name = "users",
                Path = table,
                KeyField = "key",
                Match = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["AWS.CloudTrail"] = ["userIdentity.userName", "sourceIPAddress"],
                },
            },
        ]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        _enricher?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "parse only")]
    public Task<int> ParseOnly() => ReadAsync(enrich: false);

    [Benchmark(Description = "parse + enrich (100,000-row table)")]
    public Task<int> ParseAndEnrich() => ReadAsync(enrich: true);

    /// <summary>Reads the events; returns how many there were, or with <paramref name="enrich"/> how many got a
    /// <c>p_enrichment</c>.</summary>
    private async Task<int> ReadAsync(bool enrich)
    {
        var count = 0;
        using var stream = new MemoryStream(_data.JsonLines, writable: false);
        await foreach (var batch in _reader.ReadAsync(stream, _source))
        {
            if (!enrich)
            {
                count += batch.Count;
                continue;
            }

            _enricher.Enrich(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                count += batch[i].EnrichmentJson.IsEmpty ? 0 : 1;
            }
        }

        return count;
    }

    /// <summary>Every user name of the generated events, then made-up keys up to <see cref="TableRows"/>.</summary>
    private string CreateTable()
    {
        var names = _data.Events
            .Select(e => System.Text.Json.JsonDocument.Parse(e).RootElement)
            .Select(e => e.TryGetProperty("userIdentity", out var identity)
                && identity.TryGetProperty("userName", out var name) ? name.GetString() : null)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var text = new StringBuilder("key,department,manager,risk\n");
        foreach (var name in names.Concat(Enumerable.Range(0, TableRows - names.Count).Select(i => $"user-{i:D6}")))
        {
            text.Append(name).Append(",Engineering,someone,low\n");
        }

        return text.ToString();
    }
}
