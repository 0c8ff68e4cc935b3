namespace Panther.Benchmarks.Tests;

/// <summary>CI does not run benchmarks; it checks that every benchmark starts and does its work once.</summary>
public class BenchmarkProgramTests
{
    [Fact]
    public void Every_benchmark_runs_once_and_the_panther_and_baseline_methods_see_every_event()
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
    }
}
