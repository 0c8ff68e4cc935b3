using System.Globalization;

namespace Panther.Benchmarks.Tests;

/// <summary>CI does not run benchmarks; it checks that every benchmark starts and does its work once.</summary>
public class BenchmarkProgramTests
{
    [Fact]
    public void Every_benchmark_runs_once_and_panther_and_baseline_methods_see_every_event_and_rule_runtimes_agree()
    {
        using var output = new StringWriter();

        var exitCode = BenchmarkProgram.Smoke(output);

        Assert.Equal(0, exitCode);
        var lines = output.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var logType in ParseBenchmarks.LogTypes)
        {
            Assert.Contains($"ParseBenchmarks.Panther({logType}): 2000", lines);
            Assert.Contains($"ParseBenchmarks.Serializer({logType}): 2000", lines);
        }

        Assert.Contains("FramingBenchmarks.JsonLines: 2000", lines);
        Assert.Contains("FramingBenchmarks.GzipRecords: 2000", lines);
        Assert.Contains("ClassificationBenchmarks.Typed: 2000", lines);
        Assert.Contains("ClassificationBenchmarks.Interleaved: 2000", lines);
        Assert.Contains("ClassificationBenchmarks.Grouped: 2000", lines);
        Assert.Contains("SinkBenchmarks.ParseOnly: 2000", lines);
        Assert.Contains("SinkBenchmarks.Snappy: 2000", lines);
        Assert.Contains("SinkBenchmarks.Zstd: 2000", lines);
        Assert.Contains("EnrichmentBenchmarks.ParseOnly: 2000", lines);
        var enriched = lines.Single(l =>
            l.StartsWith("EnrichmentBenchmarks.ParseAndEnrich: ", StringComparison.Ordinal));
        var enrichedCount = int.Parse(enriched[(enriched.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        Assert.InRange(enrichedCount, 500, 2000);
        foreach (var method in new[] { "NoRules", "SimpleDetections", "JavaScript", "CSharp" })
        {
            Assert.Contains($"RuleBenchmarks.{method}(NoMatch): 0", lines);
        }

        var matched = RuleBenchmarks.Matches;
        Assert.Contains("RuleBenchmarks.NoRules(OnePercentMatch): 0", lines);
        var results = lines.Where(line => line.StartsWith("RuleBenchmarks.", StringComparison.Ordinal)
                && line.Contains("(OnePercentMatch)", StringComparison.Ordinal) && !line.Contains("NoRules"))
            .Select(line => int.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, count => Assert.InRange(count, matched, 2 * matched));
        Assert.Single(results.Distinct());
        Assert.Equal(CorpusData.Exists ? 4 : 0, CorpusData.Families.Count);
        foreach (var family in CorpusData.Families)
        {
            var records = CorpusData.Load(family).Count;
            Assert.Contains($"CorpusBenchmarks.TokenWalk({family}): {records}", lines);
            Assert.Contains($"CorpusBenchmarks.Panther({family}): {records}", lines);
            Assert.True(records > 10);
        }
    }

    [Fact]
    public void The_results_table_counts_the_events_each_benchmark_handles_per_operation()
    {
        var endToEnd = new EndToEndBenchmarks();

        Assert.Equal(8000, ResultsTable.EventsPerOperation(endToEnd));
        Assert.Equal(2000, ResultsTable.EventsPerOperation(new ParseBenchmarks()));
        Assert.Equal(2000, ResultsTable.EventsPerOperation(new SinkBenchmarks()));
    }

    [Fact]
    public void The_latest_table_replaces_what_is_between_the_markers_and_nothing_else()
    {
        var document = "# Performance\n\n" + ResultsTable.StartMarker + "\n\n| old |\n\n" + ResultsTable.EndMarker
            + "\n\n## Next\n";

        var once = ResultsTable.ReplaceLatest(document, "| new |\n\nMachine: m\n");
        var twice = ResultsTable.ReplaceLatest(once, "| new |\n\nMachine: m\n");

        Assert.Equal("# Performance\n\n" + ResultsTable.StartMarker + "\n\n| new |\n\nMachine: m\n\n"
            + ResultsTable.EndMarker + "\n\n## Next\n", once);
        Assert.Equal(once, twice);
        Assert.Equal("no markers", ResultsTable.ReplaceLatest("no markers", "| new |"));
    }
}
