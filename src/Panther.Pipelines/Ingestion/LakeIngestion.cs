using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Enrichment;
using Panther.Pipelines.Observability;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Sinks;

namespace Panther.Pipelines.Ingestion;

/// <summary>
/// Reads inputs one after the other, parses them and writes every event to a lake sink and every record that could
/// not be parsed to the lake's quarantine. An input that cannot be read is quarantined too; nothing is dropped and
/// nothing throws for bad input.
/// </summary>
/// <remarks>
/// This is the sequential first step of the pipeline: one thread. The parallel pipeline and its
/// dependency-injection wiring are still to come.
/// </remarks>
public sealed class LakeIngestion
{
    private readonly LogParser _parser;
    private readonly LogReader _reader;
    private readonly ILakeSink _sink;
    private readonly LakeQuarantineWriter _quarantine;
    private readonly DetectionStage? _detection;
    private readonly LookupEnricher? _enrichment;
    private readonly Dictionary<string, long> _batchCounts = new(StringComparer.Ordinal);
    private CountingStream? _current;
    private long _bytesDone;

    /// <summary>Initializes an ingestion run.</summary>
    /// <param name="parser">The parser; its options decide the log type and limits.</param>
    /// <param name="sink">Where events go.</param>
    /// <param name="quarantine">Where records that could not be parsed go.</param>
    /// <param name="detection">Runs detection rules over every batch; no rules run when null.</param>
    /// <param name="enrichment">Adds <c>p_enrichment</c> from lookup tables to every batch before it is written and
    /// before rules run; nothing is added when null.</param>
    public LakeIngestion(LogParser parser, ILakeSink sink, LakeQuarantineWriter quarantine,
        DetectionStage? detection = null, LookupEnricher? enrichment = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(quarantine);
        _parser = parser;
        _reader = new LogReader(parser);
        _sink = sink;
        _quarantine = quarantine;
        _detection = detection;
        _enrichment = enrichment;
    }

    /// <summary>Gets where the ingestion logs inputs read, records quarantined and inputs that cannot be read
    /// (event ids 5100-5199); nowhere by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Gets the measurements the ingestion adds to; none by default.</summary>
    public PipelineMetrics? Metrics { get; init; }

    /// <summary>Gets what is told of the run's progress after every batch; nothing by default.</summary>
    public IProgress<IngestionProgress>? Progress { get; init; }

    /// <summary>Reads every input to its end and flushes the sink.</summary>
    /// <param name="inputs">The inputs, read in order.</param>
    /// <param name="cancellationToken">Stops the run after the current batch.</param>
    /// <returns>What the run did.</returns>
    public async Task<IngestionSummary> RunAsync(IEnumerable<FileInput> inputs,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var summary = new IngestionSummary();
        foreach (var input in inputs)
        {
            summary.Inputs++;
            await ReadInputAsync(input, summary, cancellationToken).ConfigureAwait(false);
        }

        if (_detection is not null)
        {
            await _detection.FlushAsync(_sink, cancellationToken).ConfigureAwait(false);
            summary.Detection = _detection.Summary;
            summary.QuarantineFile = _quarantine.FilePath;
        }

        await _sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        return summary;
    }

    /// <summary>
    /// Parses quarantined records again, after a fix to a schema or a parser: each record that now parses goes on
    /// as an event (enriched, written, run through the rules), and each that still fails is quarantined again with
    /// its new reason. Records that cannot be replayed are quarantined again unchanged: cut records (only their
    /// start was kept), inputs that could not be read, alerts whose delivery failed, and damaged quarantine lines.
    /// </summary>
    /// <param name="records">The records, as <see cref="LakeQuarantineReader.Read"/> returns them.</param>
    /// <param name="sourceId">The <c>p_source_id</c> of the replayed events, or null for none; quarantine records
    /// keep only their source's name.</param>
    /// <param name="sourceLabel">The <c>p_source_label</c> of the replayed events, or null for none.</param>
    /// <param name="cancellationToken">Stops the replay after the current batch.</param>
    /// <returns>What the replay did: events by log type, the records read (<see cref="IngestionSummary.Replayed"/>)
    /// and quarantined again (<see cref="IngestionSummary.Quarantined"/>), and their distinct sources
    /// (<see cref="IngestionSummary.Inputs"/>).</returns>
    public async Task<IngestionSummary> ReplayAsync(IEnumerable<QuarantinedRecord> records,
        string? sourceId = null, string? sourceLabel = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var summary = new IngestionSummary();
        var batch = new EventBatch();
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            summary.Replayed++;
            if (sources.Add(record.Source))
            {
                summary.Inputs++;
            }

            if (!CanReplay(record))
            {
                await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
                Metrics?.Quarantined.Add(1, new KeyValuePair<string, object?>("reason", "replay"));
                summary.Quarantined++;
                continue;
            }

            _parser.Parse(record.Data.Span, new LogSource(record.Source, sourceId, sourceLabel), record.Position,
                batch);
            if (batch.Count + batch.Quarantined.Count >= 256)
            {
                await WriteBatchAsync(batch, summary, cancellationToken).ConfigureAwait(false);
                batch = new EventBatch();
            }
        }

        await WriteBatchAsync(batch, summary, cancellationToken).ConfigureAwait(false);
        if (_detection is not null)
        {
            await _detection.FlushAsync(_sink, cancellationToken).ConfigureAwait(false);
            summary.Detection = _detection.Summary;
        }

        await _sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        summary.QuarantineFile = _quarantine.FilePath;
        PipelineLog.Replayed(Logger, summary.Replayed, summary.Events, summary.Quarantined);
        return summary;
    }

    private static bool CanReplay(QuarantinedRecord record) =>
        !record.IsTruncated && !record.Data.IsEmpty
        && !record.Source.StartsWith(DetectionStage.DeliverySourcePrefix, StringComparison.Ordinal)
        && record.Reason != LakeQuarantineReader.DamagedReason;

    private async Task ReadInputAsync(FileInput input, IngestionSummary summary, CancellationToken cancellationToken)
    {
        CountingStream stream;
        try
        {
            stream = new CountingStream(input.Open());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await QuarantineUnreadableAsync(input.Source, ex.Message, summary, cancellationToken).ConfigureAwait(false);
            return;
        }

        PipelineLog.InputStarted(Logger, input.Source.Name);
        var (events, quarantined) = (summary.Events, summary.Quarantined);
        _current = stream;
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await foreach (var batch in _reader.ReadAsync(stream, input.Source, cancellationToken)
                    .ConfigureAwait(false))
                {
                    await WriteBatchAsync(batch, summary, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IOException ex)
            {
                await QuarantineUnreadableAsync(input.Source, ex.Message, summary, cancellationToken)
                    .ConfigureAwait(false);
            }
        }

        Metrics?.InputBytes.Add(stream.BytesRead);
        _bytesDone += stream.BytesRead;
        _current = null;
        Report(summary);
        PipelineLog.InputFinished(Logger, input.Source.Name, summary.Events - events,
            summary.Quarantined - quarantined, stream.BytesRead);
    }

    private async Task WriteBatchAsync(EventBatch batch, IngestionSummary summary,
        CancellationToken cancellationToken)
    {
        foreach (var evt in batch.Events)
        {
            summary.CountEvent(evt.LogType);
            if (Metrics is not null)
            {
                _batchCounts[evt.LogType] = _batchCounts.GetValueOrDefault(evt.LogType) + 1;
            }
        }

        var start = Stopwatch.GetTimestamp();
        if (_enrichment is not null)
        {
            _enrichment.Enrich(batch);
            start = Measure("enrich", start);
        }

        await _sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        start = Measure("write", start);
        if (_detection is not null)
        {
            await _detection.ProcessAsync(batch, _sink, cancellationToken).ConfigureAwait(false);
            Measure("detect", start);
        }

        foreach (var record in batch.Quarantined)
        {
            await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            PipelineLog.RecordQuarantined(Logger, record.Source, record.Position.Line, record.Reason);
        }

        if (Metrics is not null)
        {
            foreach (var (logType, count) in _batchCounts)
            {
                Metrics.Events.Add(count, new KeyValuePair<string, object?>("log_type", logType));
            }

            _batchCounts.Clear();
            Metrics.Quarantined.Add(batch.Quarantined.Count, new KeyValuePair<string, object?>("reason", "parse"));
        }

        summary.Quarantined += batch.Quarantined.Count;
        summary.Skipped += batch.Skipped;
        summary.QuarantineFile = _quarantine.FilePath;
        Report(summary);
    }

    private void Report(IngestionSummary summary) =>
        Progress?.Report(new IngestionProgress(summary.Inputs, _bytesDone + (_current?.BytesRead ?? 0),
            summary.Events, summary.Quarantined));

    /// <summary>Records the time since <paramref name="start"/> as a stage's duration; returns the time now.
    /// </summary>
    private long Measure(string stage, long start)
    {
        var now = Stopwatch.GetTimestamp();
        Metrics?.StageDuration.Record(Stopwatch.GetElapsedTime(start, now).TotalSeconds,
            new KeyValuePair<string, object?>("stage", stage));
        return now;
    }

    private async Task QuarantineUnreadableAsync(LogSource source, string message, IngestionSummary summary,
        CancellationToken cancellationToken)
    {
        PipelineLog.InputUnreadable(Logger, source.Name, message);
        Metrics?.Quarantined.Add(1, new KeyValuePair<string, object?>("reason", "input"));
        var record = new QuarantinedRecord(source.Name, default, $"cannot read the input: {message}",
            ReadOnlyMemory<byte>.Empty);
        await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        summary.Quarantined++;
        summary.QuarantineFile = _quarantine.FilePath;
    }
}
