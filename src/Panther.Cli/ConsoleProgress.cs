using System.Globalization;
using Panther.Pipelines.Ingestion;

namespace Panther.Cli;

/// <summary>
/// Shows a run's progress on standard error: bytes read and events written, with their rates, at most once per
/// interval. On a terminal the line is rewritten in place; otherwise each report is a line of its own. The last
/// report is always shown by <see cref="Complete"/>.
/// </summary>
internal sealed class ConsoleProgress(TextWriter error, bool terminal, TimeProvider time, TimeSpan interval)
    : IProgress<IngestionProgress>
{
    private readonly long _start = time.GetTimestamp();
    private long _lastShown = long.MinValue;
    private IngestionProgress _last;

    public void Report(IngestionProgress value)
    {
        _last = value;
        var now = time.GetTimestamp();
        if (_lastShown != long.MinValue && time.GetElapsedTime(_lastShown, now) < interval)
        {
            return;
        }

        _lastShown = now;
        Show(value, now, final: false);
    }

    /// <summary>Shows the last report, and ends the rewritten line on a terminal.</summary>
    public void Complete() => Show(_last, time.GetTimestamp(), final: true);

    private void Show(IngestionProgress value, long now, bool final)
    {
        var seconds = Math.Max(time.GetElapsedTime(_start, now).TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"progress: {value.Bytes / 1048576.0:F1} MB read ({value.Bytes / 1048576.0 / seconds:F1} MB/s), "
            + $"{value.Events:N0} events ({value.Events / seconds:N0}/s), {value.Quarantined:N0} quarantined, "
            + $"{value.Inputs} inputs");
        if (terminal)
        {
            error.Write("\r" + line.PadRight(100));
            if (final)
            {
                error.WriteLine();
            }
        }
        else
        {
            error.WriteLine(line);
        }

        error.Flush();
    }
}
