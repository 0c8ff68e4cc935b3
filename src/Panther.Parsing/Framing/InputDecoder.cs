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
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The decoded reader, whether the input was gzip, and how many bytes of byte order mark were skipped.</returns>
    public static async ValueTask<(PipeReader Reader, bool IsGzip, int Skipped)> OpenAsync(PipeReader input,
        CancellationToken cancellationToken)
    {
        var isGzip = await StartsWithAsync(input, GzipMagic.ToArray(), skip: false, cancellationToken)
            .ConfigureAwait(false);
        var reader = isGzip
            ? PipeReader.Create(new GZipStream(input.AsStream(), CompressionMode.Decompress), ReaderOptions)
            : input;
        var hasBom = await StartsWithAsync(reader, ByteOrderMark.ToArray(), skip: true, cancellationToken)
            .ConfigureAwait(false);
        return (reader, isGzip, hasBom ? ByteOrderMark.Length : 0);
    }

    /// <summary>Gets the options for pipe readers over streams: 64 KiB reads.</summary>
    public static StreamPipeReaderOptions ReaderOptions { get; } =
        new(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true);

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
