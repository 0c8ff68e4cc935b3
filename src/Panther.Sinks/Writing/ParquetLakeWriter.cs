using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing.Columns;
using Parquet;

namespace Panther.Sinks.Writing;

/// <summary>
/// Writes normalized events to a lake in a local folder as Parquet files, one table per log type, partitioned by
/// the UTC hour of <c>p_event_time</c> (see <see cref="LakeLayout"/>). Columns are made from each log type's schema;
/// <c>docs/lake-layout.md</c> describes the mapping.
/// </summary>
/// <remarks>
/// <para>Events are buffered per table and hour and written as one file when a buffer reaches
/// <see cref="ParquetLakeWriterOptions.MaxRowsPerFile"/> or <see cref="ParquetLakeWriterOptions.MaxBufferBytes"/>,
/// when it is older than <see cref="ParquetLakeWriterOptions.MaxBufferAge"/>, and on <see cref="FlushAsync"/> and
/// <see cref="DisposeAsync"/>. A file is written under a hidden temporary name (<c>.NAME.parquet.tmp</c>) in its
/// partition folder and renamed when complete, so readers never see a partial file.</para>
/// <para>An event whose log type has a different <see cref="Panther.Schemas.LogSchema"/> instance than the events
/// buffered for its table and hour (a schema reloaded with new fields) first writes that buffer.</para>
/// <para>When a file cannot be written, the temporary file is deleted, the buffer is kept for the next flush, and
/// the exception reaches the caller. Not thread-safe: one caller at a time.</para>
/// </remarks>
public sealed class ParquetLakeWriter : ILakeSink
{
    private readonly LakeLayout _layout;
    private readonly ParquetLakeWriterOptions _options;
    private readonly ParquetOptions _parquetOptions;
    private readonly Dictionary<(string Table, DateTime Hour), PartitionBuffer> _buffers = [];
    private bool _disposed;

    /// <summary>Initializes a writer for the lake at <paramref name="layout"/>'s root.</summary>
    /// <param name="layout">The lake layout.</param>
    /// <param name="options">Limits and compression; the defaults when omitted.</param>
    public ParquetLakeWriter(LakeLayout layout, ParquetLakeWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _options = options ?? new ParquetLakeWriterOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxRowsPerFile, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxBufferBytes, 1, nameof(options));
        _parquetOptions = new ParquetOptions { CompressionMethod = _options.Compression };
    }

    /// <summary>Gets the number of files written so far.</summary>
    public long FilesWritten { get; private set; }

    /// <summary>Gets the number of rows written to files so far (buffered rows are not counted).</summary>
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
            var buffer = await GetBufferAsync(batch[i], cancellationToken).ConfigureAwait(false);
            buffer.Columns.AddRow(batch[i]);
            if (buffer.Columns.Rows >= _options.MaxRowsPerFile
                || buffer.Columns.EstimatedBytes >= _options.MaxBufferBytes)
            {
                await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushExpiredAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();

    /// <inheritdoc />
    public ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default) => throw new NotImplementedException();

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
        }
    }

    private async ValueTask<PartitionBuffer> GetBufferAsync(NormalizedEvent evt, CancellationToken cancellationToken)
    {
        var key = (evt.Schema.TableName, LakeLayout.GetPartitionHour(evt.EventTime));
        if (_buffers.TryGetValue(key, out var buffer) && ReferenceEquals(buffer.Columns.LogSchema, evt.Schema))
        {
            return buffer;
        }

        if (buffer is not null)
        {
            await WriteFileAsync(buffer, cancellationToken).ConfigureAwait(false);
        }

        LakeLayout.ValidateTableName(key.TableName);
        buffer = new PartitionBuffer(new TableColumns(evt.Schema), key.TableName, key.Item2,
            _options.TimeProvider.GetUtcNow());
        _buffers.Add(key, buffer);
        return buffer;
    }

    private async Task WriteFileAsync(PartitionBuffer buffer, CancellationToken cancellationToken)
    {
        var name = LakeLayout.CreateFileName(_options.TimeProvider.GetUtcNow().UtcDateTime,
            Guid.CreateVersion7().ToString("N"));
        var path = _layout.GetFilePath(LakeDatabase.Logs, buffer.Table, buffer.Hour, name);
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, "." + name + ".tmp");
        Directory.CreateDirectory(directory);

        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16,
                FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await buffer.Columns.WriteToAsync(stream, _parquetOptions, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        FilesWritten++;
        RowsWritten += buffer.Columns.Rows;
        _buffers.Remove((buffer.Table, buffer.Hour));
        buffer.Dispose();
    }
}
