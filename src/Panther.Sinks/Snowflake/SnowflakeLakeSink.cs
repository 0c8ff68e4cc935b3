using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Sinks.Layout;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Writes Parquet files to the object store that a Snowflake stage reads, usually an <see cref="S3LakeObjectStore"/>,
/// with a <see cref="ParquetLakeWriter"/>, and after each flush loads the files it wrote into their tables with
/// <see cref="SnowflakeLakeLoader"/>. Events reach Snowflake at each flush of the pipeline, without a separate load.
/// </summary>
/// <remarks>
/// Each load names its files (<c>COPY INTO ... FILES = (...)</c>), so it costs the same however large the lake has
/// grown, and Snowflake's load metadata keeps a file from loading twice. A failed load does not fail the sink: the
/// files are already in the lake. The failure is logged with the table and the reason, and the table's files are
/// loaded again at the next flush and when the sink is disposed. Files whose load still failed when the sink was
/// disposed are taken by the next load of their whole table folder, such as <c>panther load</c>. A table whose
/// loads keep failing remembers at most <see cref="MaxPendingFiles"/> files; past that, its next load takes
/// its whole folder, as <c>panther load</c> does.
/// </remarks>
public sealed partial class SnowflakeLakeSink : ILakeSink
{
    private readonly WrittenFileRecorder _store;
    private readonly ParquetLakeWriter _writer;
    private readonly SnowflakeLakeLoader _loader;
    private readonly ILogger _logger;
    private readonly Dictionary<string, LogSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<(LakeDatabase Database, string Table), PendingFiles> _pending = [];
    private LogSchema? _lastSchema;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="SnowflakeLakeSink"/> class.</summary>
    /// <param name="store">The store under the stage's location; the caller keeps ownership.</param>
    /// <param name="loader">The loader; it may be shared by several sinks, whose loads then run one at a time.</param>
    /// <param name="options">The Parquet writer's settings; the defaults when null.</param>
    /// <param name="logger">Where failed loads are reported; none by default.</param>
    public SnowflakeLakeSink(ILakeObjectStore store, SnowflakeLakeLoader loader,
        ParquetLakeWriterOptions? options = null, ILogger<SnowflakeLakeSink>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loader);
        _store = new WrittenFileRecorder(store);
        _writer = new ParquetLakeWriter(_store, options);
        _loader = loader;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Gets or sets the most files remembered for one table while its loads fail; past it, the table's
    /// next load takes its whole folder. Default: 10,000.</summary>
    public int MaxPendingFiles { get; init; } = 10 * SnowflakeDdl.MaxCopyFiles;

    /// <summary>Gets the Parquet files written so far.</summary>
    public long FilesWritten => _writer.FilesWritten;

    /// <summary>Gets the files loaded into Snowflake so far.</summary>
    public long FilesLoaded { get; private set; }

    /// <summary>Gets the rows loaded into Snowflake so far.</summary>
    public long RowsLoaded { get; private set; }

    /// <summary>Gets the tables, with their files, written but not loaded yet: those whose last load failed.</summary>
    public IReadOnlyList<SnowflakeLoadTable> PendingTables => [.. _pending.Select(ToLoadTable)];

    /// <summary>Gets what the last load did, or null before the first.</summary>
    public SnowflakeLoadResult? LastLoad { get; private set; }

    /// <inheritdoc/>
    public ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = 0; i < batch.Count; i++)
        {
            var schema = batch[i].Schema;
            if (!ReferenceEquals(schema, _lastSchema))
            {
                _schemas.TryAdd(schema.TableName, schema);
                _lastSchema = schema;
            }
        }

        return _writer.WriteAsync(batch, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _schemas.TryAdd(evt.Schema.TableName, evt.Schema);
        return _writer.WriteRuleMatchAsync(evt, match, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.WriteAlertsAsync(alerts, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Writes every buffered event, then loads the files written since the last load and those whose load
    /// failed. A failure to write is thrown; a failed load is not (see the class remarks).</remarks>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await LoadPendingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Flushes and loads as <see cref="FlushAsync"/> does; the writer is disposed even when that
    /// fails.</remarks>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await _writer.FlushAsync().ConfigureAwait(false);
            await LoadPendingAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task LoadPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var key in _store.TakeWritten())
        {
            if (SplitKey(key) is { } file)
            {
                if (!_pending.TryGetValue((file.Database, file.Table), out var files))
                {
                    _pending.Add((file.Database, file.Table), files = new PendingFiles());
                }

                files.Add(file.Path, MaxPendingFiles);
            }
        }

        if (_pending.Count == 0)
        {
            return;
        }

        var tables = _pending.ToList();
        SnowflakeLoadResult result;
        try
        {
            result = await _loader.LoadAsync(tables.Select(ToLoadTable), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = new SnowflakeLoadResult([.. tables.Select(t =>
                new SnowflakeTableLoad(ToLoadTable(t).GetQualifiedName(_loader.Options), 0, 0, ex.Message))]);
        }

        LastLoad = result;
        FilesLoaded += result.Files;
        RowsLoaded += result.Rows;
        for (var i = 0; i < tables.Count; i++)
        {
            if (result.Tables[i].Error is { } error)
            {
                LogLoadFailed(_logger, result.Tables[i].Table, tables[i].Value.Count, error);
            }
            else
            {
                _pending.Remove(tables[i].Key);
            }
        }
    }

    private SnowflakeLoadTable ToLoadTable(KeyValuePair<(LakeDatabase Database, string Table), PendingFiles> pending)
    {
        var ((database, table), files) = pending;
        var target = database == LakeDatabase.Alerts
            ? SnowflakeLoadTable.Alerts
            : new SnowflakeLoadTable(database, _schemas[table]);
        return target with { Files = files.WholeFolder ? [] : [.. files.Paths] };
    }

    /// <summary>Splits a Parquet file's key into its database, table and path inside the table's folder; null for
    /// any other object.</summary>
    private static (LakeDatabase Database, string Table, string Path)? SplitKey(string key)
    {
        var parts = key.Split('/', 3);
        if (parts.Length < 3 || !key.EndsWith(".parquet", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var database in Enum.GetValues<LakeDatabase>())
        {
            if (LakeLayout.GetDatabaseFolder(database) == parts[0])
            {
                return (database, parts[1], parts[2]);
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Warning, Message = "Snowflake did not load {Files} files into "
        + "{Table}: {Reason}. They stay in the lake; the next flush, or the next load of the table, takes them.")]
    private static partial void LogLoadFailed(ILogger logger, string table, int files, string reason);

    /// <summary>The files of one table waiting for a load, or its whole folder once there are too many to name.
    /// </summary>
    private sealed class PendingFiles
    {
        public List<string> Paths { get; } = [];

        public bool WholeFolder { get; private set; }

        public int Count { get; private set; }

        public void Add(string path, int limit)
        {
            Count++;
            if (WholeFolder)
            {
                return;
            }

            Paths.Add(path);
            if (Paths.Count > limit)
            {
                WholeFolder = true;
                Paths.Clear();
            }
        }
    }
}
