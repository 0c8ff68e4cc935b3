using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Panther.Parsing;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Observability;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Evaluation;
using Panther.Rules.Specs;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;
using Panther.Tests.Shared;

namespace Panther.Pipelines.Tests.Observability;

public sealed class PipelineObservabilityTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("panther-observability-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Metrics_and_logs_agree_with_the_run_summary()
    {
        using var metrics = new PipelineMetrics();
        using var listener = new Measurements(metrics.Meter);
        var logger = new ListLogger();
        var inputs = FileInputs.Expand([TestCorpus.SamplesPath("logs")]);
        var lake = Path.Combine(_work.FullName, "lake");
        var writer = new ParquetLakeWriter(new LakeLayout(lake));
        var quarantine = new LakeQuarantineWriter(lake);
        IngestionSummary summary;
        await using (writer)
        await using (quarantine)
        {
            var rules = new RuleSet([new RuleDefinition(
                new RuleSpec { Id = "Any.CloudTrail", LogTypes = ["AWS.CloudTrail"], Severity = Severity.High },
                new AnyEvent())]);
            var detection = new DetectionStage(rules, new AlertDeduplicator()) { Logger = logger, Metrics = metrics };
            summary = await new LakeIngestion(new LogParser(BuiltInLogTypes.CreateRegistry()), writer, quarantine,
                detection) { Logger = logger, Metrics = metrics }.RunAsync(inputs);
        }

        Assert.Equal(summary.EventsByLogType.OrderBy(p => p.Key, StringComparer.Ordinal),
            listener.Sums("panther.events", "log_type").OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(summary.Quarantined, listener.Total("panther.records.quarantined"));
        Assert.Equal(inputs.Sum(i => new FileInfo(i.Source.Name).Length), listener.Total("panther.input.bytes"));
        Assert.Equal(summary.Detection!.Matches, listener.Total("panther.rule.matches"));
        Assert.Equal(summary.Detection.AlertsRaised, listener.Total("panther.alerts.raised"));
        Assert.Contains("write", listener.Tags("panther.stage.duration", "stage"));
        Assert.Contains("detect", listener.Tags("panther.stage.duration", "stage"));
        Assert.Equal(inputs.Count, logger.Entries.Count(e => e.Id == 5101));
        Assert.Equal(summary.Quarantined, logger.Entries.Count(e => e.Id == 5102 && e.Level == LogLevel.Warning));
        Assert.Contains(logger.Entries, e => e.Id == 5201 && e.Message.Contains("Any.CloudTrail",
            StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id == 5102 && e.Message.Contains("eve.json at line 8",
            StringComparison.Ordinal));
    }

    private sealed class AnyEvent : IRule
    {
        public bool Matches(RuleEvent evt) => true;
    }

    /// <summary>Collects the measurements of one meter's instruments.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _all = [];

        public Measurements(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public long Total(string instrument) => (long)_all.Where(m => m.Instrument == instrument).Sum(m => m.Value);

        public Dictionary<string, long> Sums(string instrument, string tag) => _all
            .Where(m => m.Instrument == instrument)
            .GroupBy(m => (string)m.Tags[tag]!)
            .ToDictionary(g => g.Key, g => (long)g.Sum(m => m.Value));

        public HashSet<string> Tags(string instrument, string tag) =>
            [.. _all.Where(m => m.Instrument == instrument).Select(m => (string)m.Tags[tag]!)];

        public void Dispose() => _listener.Dispose();

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var copy = new Dictionary<string, object?>();
            foreach (var (key, tagValue) in tags)
            {
                copy[key] = tagValue;
            }

            _all.Enqueue((instrument.Name, value, copy));
        }
    }

    private sealed class ListLogger : ILogger
    {
        public ConcurrentQueue<(int Id, LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((eventId.Id, logLevel, formatter(state, exception)));
    }
}
