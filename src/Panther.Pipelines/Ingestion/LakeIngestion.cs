using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
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
/// Reads inputs, parses them and writes every event to a lake sink and every record that could not be parsed to the
/// lake's quarantine. An input that cannot be read is quarantined too; nothing is dropped and nothing throws for bad
/// input.
/// </summary>
/// <remarks>
/// <para>With several workers, each reads one input at a time from start to end with its own parser and its own
/// sink, so the events of an input keep their order and inputs are parsed, enriched, written and run through the
/// rules at the same time. The workers take turns to record rule results, send alerts, quarantine records and count:
/// a worker waits for its turn with its batch in hand, so at most one batch per worker is in flight and memory stays
/// bounded whatever the inputs. One large input is read by one worker.</para>
/// <para>Lookup tables are shared: workers enrich one batch at a time.</para>
/// </remarks>
public sealed class LakeIngestion
{
    private readonly Func<LogParser> _createParser;
    private readonly Func<ILakeSink> _createSink;
    private readonly int _workers;
    private readonly bool _ownsSinks;
    private readonly LakeQuarantineWriter _quarantine;
    private readonly DetectionStage? _detection;
    private readonly LookupEnricher? _enrichment;

    /// <summary>Initializes an ingestion run with one worker: the inputs are read one after the other.</summary>
    /// <param name="parser">The parser; its options decide the log type and limits.</param>
    /// <param name="sink">Where events go; the caller flushes and disposes of it.</param>
    /// <param name="quarantine">Where records that could not be parsed go.</param>
    /// <param name="detection">Runs detection rules over every batch; no rules run when null.</param>
    /// <param name="enrichment">Adds <c>p_enrichment</c> from lookup tables to every batch before it is written and
    /// before rules run; nothing is added when null.</param>
    public LakeIngestion(LogParser parser, ILakeSink sink, LakeQuarantineWriter quarantine,
        DetectionStage? detection = null, LookupEnricher? enrichment = null)
        : this(() => parser, () => sink, 1, quarantine, detection, enrichment, ownsSinks: false)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(sink);
    }

    /// <summary>Initializes an ingestion run that reads up to <paramref name="workers"/> inputs at the same time.
    /// </summary>
    /// <param name="createParser">Makes the parser of each worker, once per worker and run; parsers are not shared.
    /// </param>
    /// <param name="createSink">Makes the sink of each worker, once per worker and run. Each run flushes and disposes
    /// of the sinks it made before it returns; the first one also receives the alert snapshots.</param>
    /// <param name="workers">The number of inputs read at the same time; at least 1.</param>
    /// <param name="quarantine">Where records that could not be parsed go.</param>
    /// <param name="detection">Runs detection rules over every batch; no rules run when null.</param>
    /// <param name="enrichment">Adds <c>p_enrichment</c> from lookup tables to every batch before it is written and
    /// before rules run; nothing is added when null.</param>
    public LakeIngestion(Func<LogParser> createParser, Func<ILakeSink> createSink, int workers,
        LakeQuarantineWriter quarantine, DetectionStage? detection = null, LookupEnricher? enrichment = null)
        : this(createParser, createSink, workers, quarantine, detection, enrichment, ownsSinks: true)
    {
    }

    private LakeIngestion(Func<LogParser> createParser, Func<ILakeSink> createSink, int workers,
        LakeQuarantineWriter quarantine, DetectionStage? detection, LookupEnricher? enrichment, bool ownsSinks)
    {
        ArgumentNullException.ThrowIfNull(createParser);
        ArgumentNullException.ThrowIfNull(createSink);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentNullException.ThrowIfNull(quarantine);
        _createParser = createParser;
        _createSink = createSink;
        _workers = workers;
        _ownsSinks = ownsSinks;
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

    /// <summary>Reads every input to its end and flushes the sinks.</summary>
    /// <param name="inputs">The inputs, taken in order by the workers.</param>
    /// <param name="cancellationToken">Stops the run after the current batches.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="LakeWriteException">A sink or the quarantine could not be written; the run stopped.
    /// </exception>
    public async Task<IngestionSummary> RunAsync(IEnumerable<FileInput> inputs,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        using var run = new IngestionRun(StartWorkers(_workers));
        var (summary, workers) = (run.Summary, run.Workers);
        try
        {
            using var queue = inputs.GetEnumerator();
            if (workers.Length == 1)
            {
                await RunWorkerAsync(run, workers[0], queue, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await RunWorkersAsync(run, queue, cancellationToken).ConfigureAwait(false);
            }

            if (_detection is not null)
            {
                await _detection.FlushAsync(workers[0].Sink, cancellationToken).ConfigureAwait(false);
                summary.Detection = _detection.Summary;
                summary.QuarantineFile = _quarantine.FilePath;
            }

            await Task.WhenAll(workers.Select(worker => worker.Sink.FlushAsync(cancellationToken).AsTask()))
                .ConfigureAwait(false);
            return summary;
        }
        finally
        {
            await StopWorkersAsync(workers).ConfigureAwait(false);
        }
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
        using var run = new IngestionRun(StartWorkers(1));
        var (summary, workers, worker) = (run.Summary, run.Workers, run.Workers[0]);
        try
        {
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

                worker.Parser.Parse(record.Data.Span, new LogSource(record.Source, sourceId, sourceLabel),
                    record.Position, batch);
                if (batch.Count + batch.Quarantined.Count >= 256)
                {
                    await ProcessBatchAsync(run, worker, batch, cancellationToken).ConfigureAwait(false);
                    batch = new EventBatch();
                }
            }

            await ProcessBatchAsync(run, worker, batch, cancellationToken).ConfigureAwait(false);
            if (_detection is not null)
            {
                await _detection.FlushAsync(worker.Sink, cancellationToken).ConfigureAwait(false);
                summary.Detection = _detection.Summary;
            }

            await worker.Sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await StopWorkersAsync(workers).ConfigureAwait(false);
        }

        summary.QuarantineFile = _quarantine.FilePath;
        PipelineLog.Replayed(Logger, summary.Replayed, summary.Events, summary.Quarantined);
        return summary;
    }

    private static bool CanReplay(QuarantinedRecord record) =>
        !record.IsTruncated && !record.Data.IsEmpty
        && !record.Source.StartsWith(DetectionStage.DeliverySourcePrefix, StringComparison.Ordinal)
        && record.Reason != LakeQuarantineReader.DamagedReason;

    private IngestionWorker[] StartWorkers(int count)
    {
        var workers = new List<IngestionWorker>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                workers.Add(new IngestionWorker(_createParser(), _createSink()));
            }
        }
        catch
        {
            StopWorkersAsync([.. workers]).AsTask().GetAwaiter().GetResult();
            throw;
        }

        return [.. workers];
    }

    private async ValueTask StopWorkersAsync(IngestionWorker[] workers)
    {
        if (!_ownsSinks)
        {
            return;
        }

        foreach (var worker in workers)
        {
            await worker.Sink.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs the workers until the inputs run out. When one fails, the others stop after their current
    /// batch and the failure is thrown.</summary>
    private async Task RunWorkersAsync(IngestionRun run, IEnumerator<FileInput> queue,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tasks = run.Workers.Select(worker => Task.Run(async () =>
        {
            try
            {
                await RunWorkerAsync(run, worker, queue, stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }, CancellationToken.None)).ToArray();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            var failure = tasks.Where(task => task.IsFaulted)
                .SelectMany(task => task.Exception!.InnerExceptions)
                .FirstOrDefault(ex => ex is not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            throw;
        }
    }

    private async Task RunWorkerAsync(IngestionRun run, IngestionWorker worker, IEnumerator<FileInput> queue,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileInput input;
            lock (queue)
            {
                if (!queue.MoveNext())
                {
                    return;
                }

                input = queue.Current;
                run.Summary.Inputs++;
            }

            await ReadInputAsync(run, worker, input, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReadInputAsync(IngestionRun run, IngestionWorker worker, FileInput input,
        CancellationToken cancellationToken)
    {
        CountingStream stream;
        try
        {
            stream = new CountingStream(input.Open());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await QuarantineUnreadableAsync(run, input.Source, ex.Message, cancellationToken).ConfigureAwait(false);
            return;
        }

        PipelineLog.InputStarted(Logger, input.Source.Name);
        (worker.InputEvents, worker.InputQuarantined, worker.InputReadTo) = (0, 0, input.ResumeAt);
        worker.Current = stream;
        var readToEnd = false;
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await foreach (var batch in worker.Reader.ReadAsync(stream, input.Source, cancellationToken)
                    .ConfigureAwait(false))
                {
                    if (input.ResumeAt > 0)
                    {
                        batch.RemoveBefore(input.ResumeAt);
                    }

                    await ProcessBatchAsync(run, worker, batch, cancellationToken).ConfigureAwait(false);
                }

                readToEnd = true;
            }
            catch (IOException ex)
            {
                var cut = worker.InputReadTo > input.ResumeAt;
                var message = cut
                    ? string.Create(CultureInfo.InvariantCulture, $"{ex.Message} (after byte {worker.InputReadTo} "
                        + $"of the decoded input; the records before it went in, and a later run picks up there)")
                    : ex.Message;
                await QuarantineUnreadableAsync(run, input.Source, message, cancellationToken).ConfigureAwait(false);
                if (cut)
                {
                    await RecordPartAsync(run, new PartlyReadInput(input, worker.InputReadTo), cancellationToken)
                        .ConfigureAwait(false);
                }
            }
        }

        Metrics?.InputBytes.Add(stream.BytesRead);
        run.AddInputBytes(stream.BytesRead);
        worker.Current = null;
        await run.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (readToEnd)
            {
                run.Summary.AddInputRead(input);
            }

            Report(run);
        }
        finally
        {
            run.Turn.Release();
        }

        PipelineLog.InputFinished(Logger, input.Source.Name, worker.InputEvents, worker.InputQuarantined,
            stream.BytesRead);
    }

    /// <summary>Enriches, writes and evaluates a batch on the worker, then waits for its turn to record the rule
    /// results, quarantine the batch's bad records and count. A failure to write the lake or the quarantine becomes
    /// a <see cref="LakeWriteException"/>, so that it is not taken for a failure to read the input.</summary>
    private async Task ProcessBatchAsync(IngestionRun run, IngestionWorker worker, EventBatch batch,
        CancellationToken cancellationToken)
    {
        try
        {
            await WriteBatchAsync(run, worker, batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LakeWriteException($"cannot write the lake: {ex.Message}", ex);
        }
    }

    private async Task WriteBatchAsync(IngestionRun run, IngestionWorker worker, EventBatch batch,
        CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        if (_enrichment is not null)
        {
            lock (_enrichment)
            {
                _enrichment.Enrich(batch);
            }

            start = Measure("enrich", start);
        }

        await worker.Sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        start = Measure("write", start);
        _detection?.Evaluate(batch, worker.Evaluation);
        var evaluated = Stopwatch.GetElapsedTime(start);
        await run.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_detection is not null)
            {
                start = Stopwatch.GetTimestamp();
                await _detection.RecordAsync(batch, worker.Evaluation, worker.Sink, cancellationToken)
                    .ConfigureAwait(false);
                Metrics?.StageDuration.Record((evaluated + Stopwatch.GetElapsedTime(start)).TotalSeconds,
                    new KeyValuePair<string, object?>("stage", "detect"));
            }

            await CountAsync(run, worker, batch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            run.Turn.Release();
        }
    }

    /// <summary>Quarantines a batch's bad records and counts the batch; called in the worker's turn.</summary>
    private async Task CountAsync(IngestionRun run, IngestionWorker worker, EventBatch batch,
        CancellationToken cancellationToken)
    {
        var summary = run.Summary;
        foreach (var evt in batch.Events)
        {
            summary.CountEvent(evt.LogType);
            if (Metrics is not null)
            {
                worker.BatchCounts[evt.LogType] = worker.BatchCounts.GetValueOrDefault(evt.LogType) + 1;
            }
        }

        foreach (var record in batch.Quarantined)
        {
            await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            PipelineLog.RecordQuarantined(Logger, record.Source, record.Position.Line, record.Reason);
        }

        if (Metrics is not null)
        {
            foreach (var (logType, count) in worker.BatchCounts)
            {
                Metrics.Events.Add(count, new KeyValuePair<string, object?>("log_type", logType));
            }

            worker.BatchCounts.Clear();
            Metrics.Quarantined.Add(batch.Quarantined.Count, new KeyValuePair<string, object?>("reason", "parse"));
        }

        foreach (var evt in batch.Events)
        {
            worker.InputReadTo = Math.Max(worker.InputReadTo, evt.Position.ByteOffset + 1);
        }

        foreach (var record in batch.Quarantined)
        {
            worker.InputReadTo = Math.Max(worker.InputReadTo, record.Position.ByteOffset + 1);
        }

        worker.InputEvents += batch.Count;
        worker.InputQuarantined += batch.Quarantined.Count;
        summary.Quarantined += batch.Quarantined.Count;
        summary.Skipped += batch.Skipped;
        summary.QuarantineFile = _quarantine.FilePath;
        Report(run);
    }

    private void Report(IngestionRun run) =>
        Progress?.Report(new IngestionProgress(run.Summary.Inputs, run.BytesRead, run.Summary.Events,
            run.Summary.Quarantined));

    /// <summary>Records the time since <paramref name="start"/> as a stage's duration; returns the time now.
    /// </summary>
    private long Measure(string stage, long start)
    {
        var now = Stopwatch.GetTimestamp();
        Metrics?.StageDuration.Record(Stopwatch.GetElapsedTime(start, now).TotalSeconds,
            new KeyValuePair<string, object?>("stage", stage));
        return now;
    }

    private static async Task RecordPartAsync(IngestionRun run, PartlyReadInput part,
        CancellationToken cancellationToken)
    {
        await run.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            run.Summary.AddInputReadInPart(part);
        }
        finally
        {
            run.Turn.Release();
        }
    }

    private async Task QuarantineUnreadableAsync(IngestionRun run, LogSource source, string message,
        CancellationToken cancellationToken)
    {
        PipelineLog.InputUnreadable(Logger, source.Name, message);
        Metrics?.Quarantined.Add(1, new KeyValuePair<string, object?>("reason", "input"));
        var record = new QuarantinedRecord(source.Name, default, $"cannot read the input: {message}",
            ReadOnlyMemory<byte>.Empty);
        await run.Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _quarantine.WriteAsync(record, cancellationToken).ConfigureAwait(false);
            run.Summary.Quarantined++;
            run.Summary.QuarantineFile = _quarantine.FilePath;
        }
        finally
        {
            run.Turn.Release();
        }
    }
}
