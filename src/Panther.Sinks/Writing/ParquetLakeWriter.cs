using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Sinks.Layout;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing.Columns;
using Parquet;

namespace Panther.Sinks.Writing;

/// <summary>
/// Writes normalized events to a lake, in a local folder or an object store, as Parquet files, one table per log
/// type, partitioned by the UTC hour of <c>p_event_time</c> (see <see cref="LakeLayout"/>). Columns are made from
/// each log type's schema; <c>docs/lake-layout.md</c> describes the mapping. Events that rules matched or failed on go
/// to the tables of the same name in <c>rule_matches/</c> and <c>rule_errors/</c>, with the rule columns added
/// (<see cref="WriteRuleMatchAsync"/>); alert snapshots go to <c>alerts/alerts/</c> (<see cref="WriteAlertsAsync"/>).
/// </summary>
/// <remarks>
/// <para>Events are buffered per database, table and hour and written as one file when a buffer reaches
/// <see cref="ParquetLakeWriterOptions.MaxRowsPerFile"/> or <see cref="ParquetLakeWriterOptions.MaxBufferBytes"/>,
/// when it is older than <see cref="ParquetLakeWriterOptions.MaxBufferAge"/>, when it is the largest while all
/// buffers together pass <see cref="ParquetLakeWriterOptions.MaxTotalBufferBytes"/>, and on <see cref="FlushAsync"/>
/// and <see cref="DisposeAsync"/>. A file is encoded in the store's staging path and then put under its key,
/// <see cref="LakeLayout.GetObjectKey"/>; in a local folder that is a hidden temporary name (<c>.NAME.parquet.tmp</c>)
/// in its partition folder, renamed when complete. Either way readers never see a partial file.</para>
/// <para>An event whose log type has a different <see cref="Panther.Schemas.LogSchema"/> instance than the events
/// buffered for its table and hour (a schema reloaded with new fields) first writes that buffer.</para>
/// <para>When a file cannot be written or put, the staging file is deleted, the buffer is kept for the next flush, and
/// the exception reaches the caller. Not thread-safe: one caller at a time.</para>
/// </remarks>
public sealed class ParquetLakeWriter : ILakeSink
{
    private readonly ILakeObjectStore _store;
    private readonly ParquetLakeWriterOptions _options;
    private readonly ParquetOptions _parquetOptions;
    private readonly Dictionary<PartitionKey, PartitionBuffer> _buffers = [];
    private long _bufferedBytes;
    private (TableColumns Columns, LakeDatabase Database)? _spare;
    private bool _disposed;

    /// <summary>Initializes a writer for the lake in the local folder at <paramref name="layout"/>'s root.</summary>
    /// <param name="layout">The lake layout.</param>
    /// <param name="options">Limits and compression; the defaults when omitted.</param>
    public ParquetLakeWriter(LakeLayout layout, ParquetLakeWriterOptions? options = null)
        : this(new LocalLakeObjectStore((layout ?? throw new ArgumentNullException(nameof(layout))).Root), options)
    {
    }

    /// <summary>Initializes a writer for the lake in an object store, such as an S3 bucket
    /// (<see cref="S3LakeObjectStore"/>).</summary>
    /// <param name="store">Where finished files go; the writer does not dispose it.</param>
    /// <param name="options">Limits and compression; the defaults when omitted.</param>
    public ParquetLakeWriter(ILakeObjectStore store, ParquetLakeWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new ParquetLakeWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRowsPerFile, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxBufferBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxTotalBufferBytes, 1, nameof(options));
        _parquetOptions = new ParquetOptions
        {
            CompressionMethod = _options.Compression,
            CompressionLevel = _options.CompressionLevel,
        };
    }

    /// <summary>Gets the number of files written so far.</summary>
    public long FilesWritten { get; private set; }

    /// <summary>Gets the number of rows written to files so far, alert snapshots included (buffered rows are not
    /// counted).</summary>
    public long RowsWritten { get; private set; }

    /// <summary>Gets the number of rows buffered and not yet written.</summary>
    public long RowsBuffered => _buffers.Values.Sum(buffer => (long)buffer.Columns.Rows);

    /// <inheritdoc />
    public async ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ObjectDisposedException.ThrowIf(_disposed, this);
        for (var i = 0; i < batch.Count; i++)
        {
            var buffer = await GetBufferAsync(LakeDatabase.Logs, batch[i], cancellationToken).ConfigureAwait(false);
            buffer.Columns.AddRow(batch[i]);
            await WriteIfFullAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        await FlushExpiredAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>The row goes to the buffer of its table in <c>rule_matches/</c>, or in <c>rule_errors/</c> when
    /// <see cref="RuleMatchInfo.Error"/> is set, and the hour of <c>p_event_time</c>; buffers roll by the same limits
    /// as those of <c>logs/</c>. The event's values are copied before the call returns. Partitions are by event hour
    /// only; Panther's extra <c>rule_id=</c> partition is not written.</remarks>
    public async ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(match);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var database = match.Error is null ? LakeDatabase.RuleMatches : LakeDatabase.RuleErrors;
        var buffer = await GetBufferAsync(database, evt, cancellationToken).ConfigureAwait(false);
        buffer.Columns.AddRow(evt, match);
        await WriteIfFullAsync(buffer, cancellationToken).ConfigureAwait(false);
        await FlushExpiredAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Snapshots are grouped by the UTC hour of <see cref="LakeAlertRecord.UpdateTime"/> and each group is
    /// written at once as one file of <c>alerts/alerts/</c>, keeping the order of <paramref name="alerts"/>; they are
    /// not buffered, and an empty collection writes nothing. When a file fails, the files of the hours before it
    /// stay written and the exception reaches the caller.</remarks>
    public async ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (alerts.Any(alert => alert is null))
        {
            throw new ArgumentException("The alert snapshots contain a null.", nameof(alerts));
        }

        var hours = alerts.GroupBy(alert => LakeLayout.GetPartitionHour(alert.UpdateTime)).OrderBy(g => g.Key);
        foreach (var hour in hours)
        {
            var columns = new AlertColumns();
            foreach (var alert in hour)
            {
                columns.Add(alert);
            }

            await WriteFileAsync(LakeDatabase.Alerts, LakeLayout.AlertsTable, hour.Key, columns.WriteToAsync,
                cancellationToken).ConfigureAwait(false);
            RowsWritten += columns.Rows;
        }
    }

    /// <summary>Writes the buffers older than <see cref="ParquetLakeWriterOptions.MaxBufferAge"/>. Call it from a
    /// timer when events may stop arriving for a while.</summary>
    /// <param name="cancellationToken">Stops the flush.</param>
    /// <returns>A task that completes when the old buffers are written.</returns>
    public async ValueTask FlushExpiredAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = _options.TimeProvider.GetUtcNow();
        foreach (var buffer in _buffers.Values.Where(b => now - b.CreatedAt >= _options.MaxBufferAge).ToList())
        {
            await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var buffer in _buffers.Values.ToList())
        {
            await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes what is still buffered, then releases the buffers.</summary>
    /// <returns>A task that completes when every buffer is written.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _disposed = true;
            foreach (var buffer in _buffers.Values)
            {
                buffer.Dispose();
            }

            _buffers.Clear();
            _spare?.Columns.Dispose();
            _spare = null;
        }
    }

    private async ValueTask<PartitionBuffer> GetBufferAsync(LakeDatabase database, NormalizedEvent evt,
        CancellationToken cancellationToken)
    {
        var key = new PartitionKey(database, evt.Schema.TableName, LakeLayout.GetPartitionHour(evt.EventTime));
        if (_buffers.TryGetValue(key, out var buffer) && ReferenceEquals(buffer.Columns.LogSchema, evt.Schema))
        {
            return buffer;
        }

        if (buffer is not null)
        {
            await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        LakeLayout.ValidateTableName(key.Table);
        buffer = new PartitionBuffer(TakeColumns(evt.Schema, database), key, _options.TimeProvider.GetUtcNow());
        _buffers.Add(key, buffer);
        return buffer;
    }

    /// <summary>Writes the buffer that just grew when it is full, then the largest buffers while all of them
    /// together hold more than <see cref="ParquetLakeWriterOptions.MaxTotalBufferBytes"/>.</summary>
    private async Task WriteIfFullAsync(PartitionBuffer buffer, CancellationToken cancellationToken)
    {
        _bufferedBytes += buffer.Remeasure();
        if (buffer.Columns.Rows >= _options.MaxRowsPerFile || buffer.EstimatedBytes >= _options.MaxBufferBytes)
        {
            await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        while (_bufferedBytes > _options.MaxTotalBufferBytes && _buffers.Count > 0)
        {
            var largest = _buffers.Values.MaxBy(b => b.EstimatedBytes)!;
            await WriteFileAsync(largest, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteFileAsync(PartitionBuffer buffer, CancellationToken cancellationToken)
    {
        await WriteFileAsync(buffer.Database, buffer.Table, buffer.Hour, buffer.Columns.WriteToAsync,
            cancellationToken).ConfigureAwait(false);
        RowsWritten += buffer.Columns.Rows;
        _bufferedBytes -= buffer.EstimatedBytes;
        _buffers.Remove(buffer.Key);
        KeepSpare(buffer);
    }

    /// <summary>Gives the columns of the last written buffer when they fit the table, or new ones. Streaming one
    /// log type, file after file fills the same arrays instead of renting more than the shared pools keep.</summary>
    private TableColumns TakeColumns(LogSchema schema, LakeDatabase database)
    {
        if (_spare is var (columns, spareDatabase)
            && spareDatabase == database
            && ReferenceEquals(columns.LogSchema, schema))
        {
            _spare = null;
            return columns;
        }

        var rules = database == LakeDatabase.Logs ? null : new RuleColumns(database == LakeDatabase.RuleErrors);
        return new TableColumns(schema, rules);
    }

    /// <summary>Keeps the columns of a written buffer, emptied, as the one spare; the previous spare is released.
    /// The spare holds at most the storage of one full buffer.</summary>
    private void KeepSpare(PartitionBuffer buffer)
    {
        _spare?.Columns.Dispose();
        buffer.Columns.Clear();
        _spare = (buffer.Columns, buffer.Database);
    }

    /// <summary>Encodes one file in the store's staging path, then puts it under its key.</summary>
    private async Task WriteFileAsync(LakeDatabase database, string table, DateTime hour,
        Func<Stream, ParquetOptions, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var name = LakeLayout.CreateFileName(_options.TimeProvider.GetUtcNow().UtcDateTime,
            Guid.CreateVersion7().ToString("N"));
        var key = LakeLayout.GetObjectKey(database, table, hour, name);
        var staging = _store.GetStagingPath(key);
        try
        {
            var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16,
                FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, _parquetOptions, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            await _store.PutFileAsync(key, staging, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(staging);
        }

        FilesWritten++;
    }
}
