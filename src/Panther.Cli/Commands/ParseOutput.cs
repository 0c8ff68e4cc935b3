using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Cli.Commands;

/// <summary>
/// Where <c>panther parse</c> writes: events as JSON lines to standard output, quarantined records as JSON lines
/// to the quarantine file (or as one line each on standard error when there is none), and the counts.
/// </summary>
internal sealed class ParseOutput : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly CliConsole _console;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly FileStream? _quarantine;
    private readonly string? _quarantinePath;
    private readonly SortedDictionary<string, long> _eventsByType = new(StringComparer.Ordinal);
    private long _skipped;

    public ParseOutput(CliConsole console, FileInfo? quarantine)
    {
        _console = console;
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        if (quarantine is not null)
        {
            _quarantinePath = quarantine.FullName;
            _quarantine = new FileStream(quarantine.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
    }

    public long QuarantinedCount { get; private set; }

    public async Task WriteAsync(EventBatch batch, CancellationToken cancellationToken)
    {
        foreach (var evt in batch.Events)
        {
            evt.WriteTo(_writer);
            EndLine();
            _eventsByType[evt.LogType] = _eventsByType.GetValueOrDefault(evt.LogType) + 1;
        }

        await FlushAsync(_console.Out, cancellationToken).ConfigureAwait(false);
        _skipped += batch.Skipped;
        foreach (var record in batch.Quarantined)
        {
            await QuarantineAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task WriteUnreadableAsync(LogSource source, string message)
    {
        await _console.Error.WriteLineAsync($"panther: cannot read {source.Name}: {message}").ConfigureAwait(false);
        var record = new QuarantinedRecord(source.Name, default, $"cannot read the input: {message}",
            ReadOnlyMemory<byte>.Empty);
        await QuarantineAsync(record, CancellationToken.None).ConfigureAwait(false);
    }

    public async Task WriteSummaryAsync()
    {
        var error = _console.Error;
        foreach (var (type, count) in _eventsByType)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{type}: {Events(count)}"))
                .ConfigureAwait(false);
        }

        var total = _eventsByType.Values.Sum();
        var where = _quarantinePath is null ? "" : $" (in {_quarantinePath})";
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"total: {Events(total)}, {QuarantinedCount} quarantined{where}, {_skipped} records skipped"))
            .ConfigureAwait(false);
    }

    private static string Events(long count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "event" : "events")}");

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_quarantine is not null)
        {
            await _quarantine.DisposeAsync().ConfigureAwait(false);
        }

        await _console.Out.FlushAsync().ConfigureAwait(false);
    }

    private async Task QuarantineAsync(QuarantinedRecord record, CancellationToken cancellationToken)
    {
        QuarantinedCount++;
        if (_quarantine is null)
        {
            await _console.Error.WriteLineAsync($"quarantined: {record}").ConfigureAwait(false);
            return;
        }

        record.WriteTo(_writer);
        EndLine();
        await FlushAsync(_quarantine, cancellationToken).ConfigureAwait(false);
    }

    private void EndLine()
    {
        _writer.Flush();
        _writer.Reset();
        _buffer.Write("\n"u8);
    }

    private async Task FlushAsync(Stream destination, CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount == 0)
        {
            return;
        }

        await destination.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }
}
