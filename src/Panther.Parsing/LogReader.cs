using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Panther.Parsing.Events;
using Panther.Parsing.Framing;

namespace Panther.Parsing;

/// <summary>
/// Streams a whole input through a <see cref="LogParser"/>: detects gzip by its magic bytes, skips a byte order mark,
/// streams <c>{"Records":[...]}</c> documents and top-level arrays element by element, and reads everything else as
/// JSON lines. Results arrive in batches.
/// </summary>
/// <remarks>
/// The same <see cref="EventBatch"/> instance is yielded again and again: it is cleared when you ask for the next one.
/// A reader (and its parser) serves one input at a time, and reuses its batch (and the events in it) from one input
/// to the next, so reading many inputs allocates nothing per event once the batch has grown.
/// </remarks>
public sealed class LogReader
{
    private readonly LogParser _parser;
    private readonly EventBatch _batch = new();

    /// <summary>Initializes a reader that parses with <paramref name="parser"/>.</summary>
    /// <param name="parser">The parser.</param>
    public LogReader(LogParser parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        _parser = parser;
    }

    /// <summary>Reads a stream to its end. The stream is left open.</summary>
    /// <param name="input">The input: plain or gzip, JSON lines or an array document.</param>
    /// <param name="source">Where the input comes from.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Batches of events and quarantined records, in input order.</returns>
    public IAsyncEnumerable<EventBatch> ReadAsync(Stream input, LogSource source,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReadAsync(PipeReader.Create(input, InputDecoder.ReaderOptions), source, cancellationToken);
    }

    /// <summary>Reads a pipe to its end and completes it.</summary>
    /// <param name="input">The input: plain or gzip, JSON lines or an array document.</param>
    /// <param name="source">Where the input comes from.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>Batches of events and quarantined records, in input order.</returns>
    public async IAsyncEnumerable<EventBatch> ReadAsync(PipeReader input, LogSource source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        var batch = _batch;
        batch.Clear();
        var decoded = await InputDecoder.OpenAsync(input, _parser.Options, cancellationToken).ConfigureAwait(false);
        var (reader, isGzip) = (decoded.Reader, decoded.IsGzip);
        RecordFramer framer = new ArrayFramer(_parser, source) { Offset = decoded.SkippedBytes };
        if (decoded.Error is not null)
        {
            QuarantineUnreadable(batch, source, framer, isGzip, decoded.Error);
        }

        try
        {
            while (decoded.Error is null)
            {
                ReadResult result;
                try
                {
                    result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidDataException ex)
                {
                    QuarantineUnreadable(batch, source, framer, isGzip, ex);
                    break;
                }

                var buffer = result.Buffer;
                while (ReadRecords(ref framer, ref buffer, result.IsCompleted, batch, source))
                {
                    yield return batch;
                    batch.Clear();
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    framer.Finish(batch);
                    CheckGzipTrailer(decoded, framer, source, batch);
                    break;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            if (!ReferenceEquals(reader, input))
            {
                await input.CompleteAsync().ConfigureAwait(false);
            }
        }

        if (batch.Count > 0 || batch.Quarantined.Count > 0 || batch.Skipped > 0 || batch.BlankLines > 0)
        {
            yield return batch;
        }
    }

    /// <summary>Frames and parses records until the batch is full (returns true) or more data is needed.</summary>
    private bool ReadRecords(ref RecordFramer framer, ref ReadOnlySequence<byte> buffer, bool isFinal,
        EventBatch batch, LogSource source)
    {
        var limit = _parser.Options.BatchSize;
        while (batch.Count < limit && batch.Quarantined.Count < limit)
        {
            if (framer.TryReadRecord(ref buffer, isFinal, batch))
            {
                continue;
            }

            if (framer is ArrayFramer { WantsLines: true })
            {
                framer = new LineFramer(_parser, source)
                {
                    Line = framer.Line,
                    Offset = framer.Offset,
                };
                continue;
            }

            return false;
        }

        return true;
    }

    private static void CheckGzipTrailer(DecodedInput decoded, RecordFramer framer, LogSource source,
        EventBatch batch)
    {
        if (decoded.Gzip is { } gzip && !gzip.TrailerMatches(framer.Offset))
        {
            var position = new RecordPosition(framer.Line, 0, framer.Offset);
            batch.Quarantine(new QuarantinedRecord(source.Name, position,
                "gzip data ends early: its trailer does not match what was decompressed, so the file is probably cut " +
                "short and records after this point are missing", ReadOnlyMemory<byte>.Empty));
        }
    }

    private static void QuarantineUnreadable(EventBatch batch, LogSource source, RecordFramer framer, bool isGzip,
        InvalidDataException ex)
    {
        var what = DecompressionLimit.IsLimit(ex) ? "gzip input is refused"
            : isGzip ? "gzip data is corrupt"
            : "the input cannot be read";
        var position = new RecordPosition(framer.Line, 0, framer.Offset);
        batch.Quarantine(new QuarantinedRecord(source.Name, position, $"{what}: {ex.Message}",
            ReadOnlyMemory<byte>.Empty));
    }
}
