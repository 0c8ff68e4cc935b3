using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Writes the lake through another sink, usually a <see cref="ParquetLakeWriter"/> over the S3 location of the
/// Snowflake stage, and after each flush loads the tables that received rows into Snowflake with
/// <see cref="SnowflakeLakeLoader"/>. Events reach Snowflake at each flush of the pipeline, without a separate load.
/// </summary>
/// <remarks>
/// A failed load does not fail the sink: the files are already in the lake, and <c>COPY INTO</c> loads every file
/// of a table that it has not loaded yet. The failure is logged with the table and the reason, and the table is
/// loaded again at the next flush and when the sink is disposed; a table that still fails is loaded by any later
/// load, such as <c>panther load</c>. Each load lists the table's whole folder in the stage, which costs more as the
/// lake grows; Snowflake's load metadata keeps it from loading a file twice.
/// </remarks>
public sealed partial class SnowflakeLakeSink : ILakeSink
{
    private readonly ILakeSink _lake;
    private readonly SnowflakeLakeLoader _loader;
    private readonly ILogger _logger;
    private readonly HashSet<SnowflakeLoadTable> _pending = [];
    private LogSchema? _lastSchema;
    private bool _disposed;

    /// <summary>Initializes a new instance of the <see cref="SnowflakeLakeSink"/> class.</summary>
    /// <param name="lake">The sink that writes the files the stage reads; this sink owns it.</param>
    /// <param name="loader">The loader; it may be shared by several sinks, whose loads then run one at a time.</param>
    /// <param name="logger">Where failed loads are reported; none by default.</param>
    public SnowflakeLakeSink(ILakeSink lake, SnowflakeLakeLoader loader, ILogger<SnowflakeLakeSink>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(loader);
        _lake = lake;
        _loader = loader;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Gets the files loaded into Snowflake so far.</summary>
    public long FilesLoaded { get; private set; }

    /// <summary>Gets the rows loaded into Snowflake so far.</summary>
    public long RowsLoaded { get; private set; }

    /// <summary>Gets the tables whose last load failed, or that received rows since the last load.</summary>
    public IReadOnlyCollection<SnowflakeLoadTable> PendingTables => _pending;

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
                _pending.Add(new SnowflakeLoadTable(LakeDatabase.Logs, schema));
                _lastSchema = schema;
            }
        }

        return _lake.WriteAsync(batch, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(match);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var database = match.Error is null ? LakeDatabase.RuleMatches : LakeDatabase.RuleErrors;
        _pending.Add(new SnowflakeLoadTable(database, evt.Schema));
        return _lake.WriteRuleMatchAsync(evt, match, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (alerts.Count > 0)
        {
            _pending.Add(SnowflakeLoadTable.Alerts);
        }

        return _lake.WriteAlertsAsync(alerts, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Flushes the lake sink, then loads the tables that received rows since the last load and those whose
    /// load failed. A failure of the lake sink is thrown; a failed load is not (see the class remarks).</remarks>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _lake.FlushAsync(cancellationToken).ConfigureAwait(false);
        await LoadPendingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Flushes and loads as <see cref="FlushAsync"/> does, then disposes the lake sink, even when the flush
    /// failed.</remarks>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            await _lake.FlushAsync().ConfigureAwait(false);
            await LoadPendingAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            await _lake.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task LoadPendingAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var tables = _pending.ToList();
        var result = await _loader.LoadAsync(tables, cancellationToken).ConfigureAwait(false);
        LastLoad = result;
        FilesLoaded += result.Files;
        RowsLoaded += result.Rows;
        for (var i = 0; i < tables.Count; i++)
        {
            if (result.Tables[i].Error is { } error)
            {
                LogLoadFailed(_logger, result.Tables[i].Table, error);
            }
            else
            {
                _pending.Remove(tables[i]);
            }
        }
    }

    [LoggerMessage(EventId = 5300, Level = LogLevel.Warning, Message =
        "Snowflake did not load {Table}: {Reason}. Its files stay in the lake; the next load of the table takes them.")]
    private static partial void LogLoadFailed(ILogger logger, string table, string reason);
}
