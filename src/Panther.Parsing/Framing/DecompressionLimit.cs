namespace Panther.Parsing.Framing;

/// <summary>
/// Passes decompressed bytes through and stops a gzip bomb: reading fails with an
/// <see cref="InvalidDataException"/> that <see cref="IsLimit"/> recognises once the output passes
/// <see cref="LogParserOptions.MaxDecompressedBytes"/>, or once it passes <see cref="RatioGrace"/> bytes while being
/// more than <see cref="LogParserOptions.MaxCompressionRatio"/> times the compressed bytes read so far.
/// </summary>
internal sealed class DecompressionLimit(Stream decompressed, GzipTrailerWatch compressed, long maxBytes,
    int maxRatio) : Stream
{
    /// <summary>How much output is accepted before the ratio is checked: short inputs of repeated lines compress
    /// very well without being bombs.</summary>
    public const long RatioGrace = 64L * 1024 * 1024;

    private const string LimitKey = "Panther.DecompressionLimit";

    private long _length;

    /// <summary>Tells whether an exception is this class's refusal rather than corrupt data.</summary>
    /// <param name="exception">The exception thrown while reading.</param>
    /// <returns><see langword="true"/> when a limit stopped the read.</returns>
    public static bool IsLimit(InvalidDataException exception) => exception.Data.Contains(LimitKey);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(decompressed.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await decompressed.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(read);
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
            decompressed.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _length += read;
        if (_length > maxBytes)
        {
            throw Refuse(
                $"it decompresses to more than {maxBytes:N0} bytes (MaxDecompressedBytes); the rest of the input is " +
                "not read");
        }

        if (_length > RatioGrace && _length > (long)maxRatio * Math.Max(compressed.Position, 1))
        {
            throw Refuse(
                $"it decompresses to more than {maxRatio} times its compressed size (MaxCompressionRatio: " +
                $"{_length:N0} bytes from {compressed.Position:N0}), as a gzip bomb does; the rest of the input is " +
                "not read");
        }

        return read;
    }

    private static InvalidDataException Refuse(string message)
    {
        var exception = new InvalidDataException(message);
        exception.Data[LimitKey] = true;
        return exception;
    }
}
