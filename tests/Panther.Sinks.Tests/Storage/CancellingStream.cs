namespace Panther.Sinks.Tests.Storage;

/// <summary>A seekable stream over bytes that cancels a token once a reader has gone past a position, to interrupt
/// an upload half-way.</summary>
internal sealed class CancellingStream(byte[] bytes, long cancelAt, CancellationTokenSource cancellation)
    : MemoryStream(bytes, writable: false)
{
    public override int Read(byte[] buffer, int offset, int count)
    {
        CancelIfPast();
        return base.Read(buffer, offset, count);
    }

    public override int Read(Span<byte> buffer)
    {
        CancelIfPast();
        return base.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        CancelIfPast();
        return base.ReadAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        CancelIfPast();
        return base.ReadAsync(buffer, cancellationToken);
    }

    private void CancelIfPast()
    {
        if (Position >= cancelAt)
        {
            cancellation.Cancel();
        }
    }
}
