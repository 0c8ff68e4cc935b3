using System.Buffers.Binary;

namespace Panther.Parsing.Framing;

/// <summary>
/// Passes compressed bytes through to the gzip decoder while keeping the last eight (a gzip member's trailer holds
/// the uncompressed size in its last four) and noting whether another member seems to start later on. The decoder
/// of the base library ends quietly when a stream is cut at a flush point or lacks its trailer; comparing the
/// trailer's size with what was decompressed catches that for single-member files.
/// </summary>
internal sealed class GzipTrailerWatch(Stream inner) : Stream
{
    private readonly byte[] _tail = new byte[8];
    private long _length;

    /// <summary>Gets a value indicating whether a second gzip header may appear in the data.</summary>
    public bool MayHoldSeveralMembers { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Checks the trailer against the number of bytes decompressed. Answers <see langword="true"/> when they agree or
    /// when the check cannot tell (several members, or too little data).
    /// </summary>
    /// <param name="decompressedLength">How many bytes the decoder produced.</param>
    /// <returns><see langword="false"/> when the input is certainly cut short or damaged.</returns>
    public bool TrailerMatches(long decompressedLength) =>
        MayHoldSeveralMembers || _length < 18
        || BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4)) == (uint)decompressedLength;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Observe(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Observe(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static ReadOnlySpan<byte> MemberHeader => [0x1F, 0x8B, 0x08];

    private void Observe(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        if (!MayHoldSeveralMembers)
        {
            MayHoldSeveralMembers = data[(_length == 0 ? 1 : 0)..].IndexOf(MemberHeader) >= 0
                || (_length >= 3 && SeamHoldsHeader(data));
        }

        if (data.Length >= 8)
        {
            data[^8..].CopyTo(_tail);
        }
        else
        {
            _tail.AsSpan(data.Length).CopyTo(_tail);
            data.CopyTo(_tail.AsSpan(8 - data.Length));
        }

        _length += data.Length;
    }

    /// <summary>Looks for a member header that straddles the previous read and this one.</summary>
    private bool SeamHoldsHeader(ReadOnlySpan<byte> data)
    {
        Span<byte> seam = stackalloc byte[4];
        _tail.AsSpan(6).CopyTo(seam);
        var next = Math.Min(data.Length, 2);
        data[..next].CopyTo(seam[2..]);
        return seam[..(2 + next)].IndexOf(MemberHeader) >= 0;
    }
}
