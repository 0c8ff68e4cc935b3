using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Enrichment;
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
    /// <param name="cancellationToken">Stops the replay after the current batch.</param>
    /// <returns>What the replay did: events by log type, the records read (<see cref="IngestionSummary.Replayed"/>)
    /// and quarantined again (<see cref="IngestionSummary.Quarantined"/>), and their distinct sources
    /// (<see cref="IngestionSummary.Inputs"/>).</returns>
    public async Task<IngestionSummary> ReplayAsync(IEnumerable<QuarantinedRecord> records,
        CancellationToken cancellationToken = default)
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
                summary.Quarantined++;
                continue;
            }

            _parser.Parse(record.Data.Span, new LogSource(record.Source), record.Position, batch);
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
        return summary;
    }

    private static bool CanReplay(QuarantinedRecord record) =>
        !record.IsTruncated && !record.Data.IsEmpty
        && !record.Source.StartsWith(DetectionStage.DeliverySourcePrefix, StringComparison.Ordinal)
        && record.Reason != LakeQuarantineReader.DamagedReason;

    private async Task ReadInputAsync(FileInput input, IngestionSummary summary, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = input.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await QuarantineUnreadableAsync(input.Source, ex.Message, summary, cancellationToken).ConfigureAwait(false);
            return;
        }

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
    }

    private async Task WriteBatchAsync(EventBatch batch, IngestionSummary summary,
        CancellationToken cancellationToken)
    {
        foreach (var evt in batch.Events)
        {
            summary.CountEvent(evt.LogType);
        }

        _enrichment?.Enrich(batch);
        await _sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        if (_detection is not null)
        {
            await _detection.ProcessAsync(batch, _sink, cancellationToken).ConfigureAwait(false);
        }

        foreach (var record in batch.Quarantined)
        {
            await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        }

        summary.Quarantined += batch.Quarantined.Count;
        summary.Skipped += batch.Skipped;
        summary.QuarantineFile = _quarantine.FilePath;
    }

    private async Task QuarantineUnreadableAsync(LogSource source, string message, IngestionSummary summary,
        CancellationToken cancellationToken)
    {
        var record = new QuarantinedRecord(source.Name, default, $"cannot read the input: {message}",
            ReadOnlyMemory<byte>.Empty);
        await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        summary.Quarantined++;
        summary.QuarantineFile = _quarantine.FilePath;
    }
}
