using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Reports;

namespace Panther.Benchmarks;

/// <summary>
/// Turns a run's summaries into the ratio table the project reports (MB/s, events/s, ratio to the baseline of the
/// same run, bytes allocated per event), as Markdown and JSON.
/// </summary>
public static class ResultsTable
{
    /// <summary>Marks where the latest table starts in <c>docs/performance.md</c>.</summary>
    public const string StartMarker = "<!-- latest quick run: start -->";

    /// <summary>Marks where the latest table ends in <c>docs/performance.md</c>.</summary>
    public const string EndMarker = "<!-- latest quick run: end -->";

    public static IReadOnlyList<ResultRow> Rows(IEnumerable<Summary> summaries)
    {
        var rows = new List<ResultRow>();
        foreach (var summary in summaries)
        {
            foreach (var group in summary.Reports.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo))
            {
                var baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                foreach (var report in group.Where(r => r.ResultStatistics is not null))
                {
                    rows.Add(ToRow(summary, report, baseline));
                }
            }
        }

        return rows;
    }

    public static string ToMarkdown(IReadOnlyList<ResultRow> rows, string machine)
    {
        var text = new StringBuilder();
        text.AppendLine("| Benchmark | Case | MB/s | events/s | ratio to baseline | bytes allocated/event |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Benchmark} | {row.Case} | {row.MegabytesPerSecond:F1} | {row.EventsPerSecond:F0} | " +
                $"{row.Ratio:F2} | {row.AllocatedPerEvent:F1} |"));
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}");
        return text.ToString();
    }

    public static void Save(IReadOnlyList<ResultRow> rows, string machine, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "latest.md"), ToMarkdown(rows, machine));
        var json = JsonSerializer.Serialize(new { machine, rows }, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(folder, "latest.json"), json);
    }

    /// <summary>Gets how many events one operation of a benchmark handles: its <c>TotalEvents</c> property when it
    /// has one (read after its setup), else <see cref="ParseBenchmarks.EventCount"/>.</summary>
    /// <param name="benchmark">An instance of a benchmark class.</param>
    /// <returns>The events per operation.</returns>
    public static int EventsPerOperation(object benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return benchmark.GetType().GetProperty("TotalEvents")?.GetValue(benchmark) as int?
            ?? ParseBenchmarks.EventCount;
    }

    /// <summary>Replaces the text between the markers <see cref="StartMarker"/> and <see cref="EndMarker"/> of a
    /// Markdown document with a table, so that the document always holds the latest full run.</summary>
    /// <param name="document">The document's text.</param>
    /// <param name="table">The table from <see cref="ToMarkdown"/>.</param>
    /// <returns>The new text; the same text when the markers are missing.</returns>
    public static string ReplaceLatest(string document, string table)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(table);
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return document;
        }

        var from = start + StartMarker.Length;
        return document[..from] + "\n\n" + table.TrimEnd() + "\n\n" + document[end..];
    }

    private static ResultRow ToRow(Summary summary, BenchmarkReport report, BenchmarkReport? baseline)
    {
        var benchmark = report.BenchmarkCase;
        var instance = Activator.CreateInstance(benchmark.Descriptor.Type)!;
        foreach (var parameter in benchmark.Parameters.Items)
        {
            benchmark.Descriptor.Type.GetProperty(parameter.Name)!.SetValue(instance, parameter.Value);
        }

        benchmark.Descriptor.GlobalSetupMethod?.Invoke(instance, null);
        var bytes = (long)benchmark.Descriptor.Type.GetProperty("TotalBytes")!.GetValue(instance)!;
        var seconds = report.ResultStatistics!.Mean / 1e9;
        var baselineSeconds = baseline?.ResultStatistics?.Mean / 1e9;
        var events = EventsPerOperation(instance);
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmark) ?? 0;
        return new ResultRow(
            summary.Title.Split('-')[0],
            $"{benchmark.Descriptor.WorkloadMethodDisplayInfo} {benchmark.Parameters.DisplayInfo}".Trim(),
            bytes / seconds / 1e6,
            events / seconds,
            baselineSeconds is { } b ? b / seconds : double.NaN,
            (double)allocated / events);
    }
}

/// <summary>One line of the ratio table.</summary>
public sealed record ResultRow(string Benchmark, string Case, double MegabytesPerSecond, double EventsPerSecond,
    double Ratio, double AllocatedPerEvent);
