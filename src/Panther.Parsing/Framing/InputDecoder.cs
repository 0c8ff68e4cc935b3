using System.Buffers;
using System.IO.Compression;
using System.IO.Pipelines;

namespace Panther.Parsing.Framing;

/// <summary>
/// Looks at the first bytes of an input: gzip (magic bytes <c>1F 8B</c>, whatever the file name says) is
/// decompressed on the fly, and a UTF-8 byte order mark is skipped.
/// </summary>
internal static class InputDecoder
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Returns a reader of the decoded bytes, positioned after any byte order mark.</summary>
    /// <param name="input">The raw input.</param>
    /// <param name="options">The limits on decompressed output.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The decoded input; its <see cref="DecodedInput.Error"/> is set when the first bytes cannot be
    /// decompressed.</returns>
    public static async ValueTask<DecodedInput> OpenAsync(PipeReader input, LogParserOptions options,
        CancellationToken cancellationToken)
    {
        var isGzip = await StartsWithAsync(input, GzipMagic.ToArray(), skip: false, cancellationToken)
            .ConfigureAwait(false);
        var watch = isGzip ? new GzipTrailerWatch(input.AsStream()) : null;
        var reader = watch is not null
            ? PipeReader.Create(
                new DecompressionLimit(new GZipStream(watch, CompressionMode.Decompress), watch,
                    options.MaxDecompressedBytes, options.MaxCompressionRatio),
                DecompressedOptions)
            : input;
        try
        {
            var hasBom = await StartsWithAsync(reader, ByteOrderMark.ToArray(), skip: true, cancellationToken)
                .ConfigureAwait(false);
            return new DecodedInput(reader, watch, hasBom ? ByteOrderMark.Length : 0, null);
        }
        catch (InvalidDataException ex)
        {
            return new DecodedInput(reader, watch, 0, ex);
        }
    }

    /// <summary>Gets the options for pipe readers over streams: 64 KiB reads.</summary>
    public static StreamPipeReaderOptions ReaderOptions { get; } =
        new(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true);

    /// <summary>Gets the options for the reader of decompressed bytes, which owns (and disposes) its stream.</summary>
    private static StreamPipeReaderOptions DecompressedOptions { get; } =
        new(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: false);

    private static async ValueTask<bool> StartsWithAsync(PipeReader reader, byte[] prefix, bool skip,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length >= prefix.Length || result.IsCompleted)
            {
                var matches = buffer.Length >= prefix.Length && StartsWith(buffer, prefix);
                reader.AdvanceTo(matches && skip ? buffer.GetPosition(prefix.Length) : buffer.Start);
                return matches;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static bool StartsWith(ReadOnlySequence<byte> buffer, byte[] prefix)
    {
        Span<byte> head = stackalloc byte[prefix.Length];
        buffer.Slice(0, prefix.Length).CopyTo(head);
        return head.SequenceEqual(prefix);
    }
}

/// <summary>The result of <see cref="InputDecoder.OpenAsync"/>.</summary>
/// <param name="Reader">The decoded bytes.</param>
/// <param name="Gzip">The watch over the compressed bytes when the input was gzip, else <see langword="null"/>.</param>
/// <param name="SkippedBytes">How many bytes of byte order mark were skipped.</param>
/// <param name="Error">Why the input cannot be read, when its first bytes are already corrupt.</param>
internal readonly record struct DecodedInput(PipeReader Reader, GzipTrailerWatch? Gzip, int SkippedBytes,
    InvalidDataException? Error)
{
    /// <summary>Gets a value indicating whether the input was gzip.</summary>
    public bool IsGzip => Gzip is not null;
}
