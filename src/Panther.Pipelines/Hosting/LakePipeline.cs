using Amazon.S3;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panther.Parsing;
using Panther.Pipelines.Delivery;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Enrichment;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Observability;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Schemas;
using Panther.Sinks;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Hosting;

/// <summary>
/// The whole pipeline as one service: reads inputs into the lake, runs the registered rules, groups alerts and sends
/// them to the registered destinations. Each <c>RunAsync</c> opens its own lake writers and quarantine file and
/// closes them before it returns. Register it with <c>AddPanther</c>.
/// </summary>
/// <remarks>
/// With the default Parquet lake, a run puts each input in the lake once, as <c>panther run</c> does: it holds the
/// lake's lock, leaves out the inputs the lake's ledger holds (unless <see cref="PantherOptions.Reprocess"/>), writes
/// a journal, and commits its inputs at the end; the next run undoes a run that did not commit. Sinks added with
/// <c>AddLakeSink</c> have no journal: every run writes what it reads.
/// </remarks>
public sealed class LakePipeline
{
    private readonly PantherOptions _options;
    private readonly LogTypeRegistry _registry;
    private readonly RuleSet _rules;
    private readonly Func<AlertDeduplicator> _deduplicator;
    private readonly AlertDispatcher? _dispatcher;
    private readonly IAmazonS3? _s3Client;

    /// <summary>Initializes a new instance of the <see cref="LakePipeline"/> class.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="registry">The log types.</param>
    /// <param name="rules">The rules; an empty set runs none.</param>
    /// <param name="deduplicator">Creates the alert deduplicator of a run.</param>
    /// <param name="dispatcher">Sends raised alerts; null sends none.</param>
    /// <param name="s3Client">Reads lookup tables kept in S3; null makes a client with the SDK's defaults when a
    /// table needs one.</param>
    public LakePipeline(IOptions<PantherOptions> options, LogTypeRegistry registry, RuleSet rules,
        Func<AlertDeduplicator> deduplicator, AlertDispatcher? dispatcher = null, IAmazonS3? s3Client = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(deduplicator);
        _options = options.Value;
        _registry = registry;
        _rules = rules;
        _deduplicator = deduplicator;
        _dispatcher = dispatcher;
        _s3Client = s3Client;
    }

    /// <summary>Gets the logger factory of the ingestion and detection logs; none by default. <c>AddPanther</c> sets
    /// the host's.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Gets the measurements of the runs; none by default. <c>AddPanther</c> registers one on the host's
    /// meter factory.</summary>
    public PipelineMetrics? Metrics { get; init; }

    /// <summary>Gets the makers of the sinks each run writes to, all of them in turn; when empty, a Parquet lake
    /// at <see cref="PantherOptions.LakeRoot"/>. Each is called once per worker and run, and what it makes is
    /// disposed of at the end of the run. <c>AddLakeSink</c> adds to it.</summary>
    public IReadOnlyList<Func<ILakeSink>> Sinks { get; init; } = [];

    /// <summary>Reads files and folders (recursively) into the lake.</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="cancellationToken">Stops the run after the current batch.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public Task<IngestionSummary> RunAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        RunAsync(FileInputs.Expand(paths), cancellationToken);

    /// <summary>Reads inputs into the lake.</summary>
    /// <param name="inputs">The inputs, read in order.</param>
    /// <param name="cancellationToken">Stops the run after the current batch.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="InvalidDataException">A lookup table is not valid.</exception>
    /// <exception cref="IOException">A lookup table cannot be read; or, with the default lake, another run holds
    /// the lake or an interrupted run cannot be undone.</exception>
    public async Task<IngestionSummary> RunAsync(IEnumerable<FileInput> inputs,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_options.Workers < 1)
        {
            throw new InvalidOperationException("PantherOptions.Workers must be at least 1.");
        }

        using var enrichment = _options.Lookups.Count == 0
            ? null
            : new LookupEnricher(_options.Lookups, _options.Parser.TimeProvider, _s3Client);
        var workers = _options.Workers;
        var writerOptions = _options.Lake with
        {
            MaxTotalBufferBytes = Math.Max(1, _options.Lake.MaxTotalBufferBytes / workers),
        };
        if (Sinks.Count > 0)
        {
            var createSink = Sinks.Count == 1
                ? Sinks[0]
                : () => new FanOutLakeSink(Sinks.Select(create => create()));
            return await RunAsync(inputs, createSink, enrichment, scope: null, cancellationToken)
                .ConfigureAwait(false);
        }

        var store = new LocalLakeObjectStore(_options.LakeRoot);
        using var scope = await LakeRunScope.StartAsync(Path.Combine(store.Root, "state"), store, cancellationToken)
            .ConfigureAwait(false);
        var all = FileInputs.Distinct(inputs);
        var unread = _options.Reprocess ? all : scope.Unread(all);
        var summary = await RunAsync(unread, () => new ParquetLakeWriter(scope.Store, writerOptions), enrichment,
            scope, cancellationToken).ConfigureAwait(false);
        summary.InputsSkipped = all.Count - unread.Count;
        scope.Commit(summary);
        return summary;
    }

    private async Task<IngestionSummary> RunAsync(IEnumerable<FileInput> inputs, Func<ILakeSink> createSink,
        LookupEnricher? enrichment, LakeRunScope? scope, CancellationToken cancellationToken)
    {
        var quarantine = new LakeQuarantineWriter(_options.LakeRoot, _options.Parser.TimeProvider);
        scope?.Journal.RecordFile(quarantine.Destination);
        await using (quarantine.ConfigureAwait(false))
        {
            var detection = _rules.Rules.Count == 0
                ? null
                : new DetectionStage(_rules, _deduplicator(), _dispatcher, quarantine.WriteAsync)
                {
                    Logger = LoggerFactory.CreateLogger<DetectionStage>(),
                    Metrics = Metrics,
                };
            return await new LakeIngestion(() => new LogParser(_registry, _options.Parser), createSink,
                    _options.Workers, quarantine, detection, enrichment)
                {
                    Logger = LoggerFactory.CreateLogger<LakeIngestion>(),
                    Metrics = Metrics,
                }
                .RunAsync(inputs, cancellationToken).ConfigureAwait(false);
        }
    }
}
