using System.Buffers;

namespace Panther.Parsing.Framing;

/// <summary>
/// Cuts a byte stream into records and hands each to the parser. A framer keeps its own position (line number and
/// byte offset) so that another framer can take over where it stopped.
/// </summary>
internal abstract class RecordFramer(LogParser parser, Events.LogSource source)
{
    private byte[] _scratch = new byte[4096];

    protected LogParser Parser { get; } = parser;

    protected Events.LogSource Source { get; } = source;

    /// <summary>Gets or sets the 1-based number of the line at the start of the unread data.</summary>
    public long Line { get; set; } = 1;

    /// <summary>Gets or sets the byte offset of the start of the unread data in the decoded stream.</summary>
    public long Offset { get; set; }

    /// <summary>
    /// Reads at most one record from <paramref name="buffer"/>, parses it into <paramref name="batch"/> and slices the
    /// buffer past it.
    /// </summary>
    /// <param name="buffer">The unread data; sliced past what was consumed.</param>
    /// <param name="isFinal">Whether no more data will come.</param>
    /// <param name="batch">Receives events and quarantined records.</param>
    /// <returns><see langword="false"/> when more data is needed (or, when final, nothing is left).</returns>
    public abstract bool TryReadRecord(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch);

    /// <summary>Called once when the input has ended and no record is left, to report anything left open.</summary>
    /// <param name="batch">Receives quarantined records.</param>
    public virtual void Finish(EventBatch batch)
    {
    }

    /// <summary>Gets the data as one span, copying it to a reused scratch buffer when it spans segments.</summary>
    protected ReadOnlySpan<byte> Contiguous(ReadOnlySequence<byte> data)
    {
        if (data.IsSingleSegment)
        {
            return data.FirstSpan;
        }

        if (_scratch.Length < data.Length)
        {
            _scratch = new byte[Math.Max(data.Length, _scratch.Length * 2)];
        }

        data.CopyTo(_scratch);
        return _scratch.AsSpan(0, (int)data.Length);
    }

    /// <summary>Slices the buffer past <paramref name="length"/> bytes, counting the lines it passes.</summary>
    protected void Consume(ref ReadOnlySequence<byte> buffer, long length)
    {
        var consumed = buffer.Slice(0, length);
        Line += CountLines(consumed);
        Offset += length;
        buffer = buffer.Slice(length);
    }

    protected static long CountLines(ReadOnlySequence<byte> data)
    {
        if (data.IsSingleSegment)
        {
            return data.FirstSpan.Count((byte)'\n');
        }

        long count = 0;
        foreach (var segment in data)
        {
            count += segment.Span.Count((byte)'\n');
        }

        return count;
    }
}
