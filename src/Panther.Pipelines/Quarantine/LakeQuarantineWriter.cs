using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Parsing;

namespace Panther.Pipelines.Quarantine;

/// <summary>
/// Keeps the records that could not be parsed in the lake's <c>quarantine/</c> folder, as JSON lines (the format of
/// <see cref="QuarantinedRecord.WriteTo"/>): one file per run, named <c>yyyyMMddTHHmmssZ-ID.jsonl</c>, written under a
/// temporary name and renamed when complete, so nothing is lost and no reader sees half a file.
/// </summary>
public sealed class LakeQuarantineWriter : IAsyncDisposable
{
    /// <summary>The folder under the lake root that holds quarantined records.</summary>
    public const string Folder = "quarantine";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _path;
    private readonly string _temporaryPath;
    private FileStream? _stream;
    private Utf8JsonWriter? _writer;

    /// <summary>Initializes a writer for a lake; the file is created with the first record.</summary>
    /// <param name="lakeRoot">The lake's root folder.</param>
    /// <param name="timeProvider">The clock that names the file; the system clock when <see langword="null"/>.</param>
    public LakeQuarantineWriter(string lakeRoot, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(lakeRoot);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{now:yyyyMMddTHHmmssZ}-{Guid.CreateVersion7():N}.jsonl");
        var folder = Path.Combine(Path.GetFullPath(lakeRoot), Folder);
        _path = Path.Combine(folder, name);
        _temporaryPath = Path.Combine(folder, "." + name + ".tmp");
    }

    /// <summary>Gets how many records were written.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the path the file gets when the writer is disposed, whether or not anything is written.
    /// </summary>
    public string Destination => _path;

    /// <summary>Gets the file the records are in once the writer is disposed, or <see langword="null"/> when
    /// none.</summary>
    public string? FilePath => Count == 0 ? null : _path;

    /// <summary>Appends a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is buffered.</returns>
    public async ValueTask WriteAsync(QuarantinedRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_writer is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            _stream = new FileStream(_temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024,
                useAsync: true);
            _writer = new Utf8JsonWriter(_stream, WriterOptions);
        }

        record.WriteTo(_writer);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        _stream!.WriteByte((byte)'\n');
        Count++;
    }

    /// <summary>Completes the file and makes it visible under its final name.</summary>
    /// <returns>A task that completes when the file is in place.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_stream is null)
        {
            return;
        }

        await _writer!.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync().ConfigureAwait(false);
        File.Move(_temporaryPath, _path);
        _stream = null;
    }
}
