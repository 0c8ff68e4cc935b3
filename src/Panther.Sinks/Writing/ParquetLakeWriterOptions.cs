using Parquet;

namespace Panther.Sinks.Writing;

/// <summary>
/// When <see cref="ParquetLakeWriter"/> turns a buffer into a file, and how files are compressed. Each table and
/// hour has its own buffer; it is written when any limit is reached, and on flush and dispose.
/// </summary>
public sealed record ParquetLakeWriterOptions
{
    /// <summary>Gets or sets the number of rows at which a buffer is written. Default: 100,000.</summary>
    public int MaxRowsPerFile { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets the estimated size of the buffered values, before compression, at which a buffer is written.
    /// The arrays that hold them take up to twice as much, as they grow by doubling. Default: 32 MiB, about 8,000
    /// CloudTrail events, which compress to a file of one to two MiB.
    /// </summary>
    public long MaxBufferBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Gets or sets the estimated size of all buffers together above which the largest buffer is written, so that
    /// input spread over many hours and tables cannot hold more than this much. Default: 32 MiB, which keeps the
    /// peak working set of streaming a 1 GB CloudTrail file into Parquet near 210 MB (see
    /// <c>docs/performance.md</c>).
    /// </summary>
    public long MaxTotalBufferBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>
    /// Gets or sets how long a buffer may hold events before it is written, counted from its first event. Checked
    /// on each <see cref="ParquetLakeWriter.WriteAsync"/> and <see cref="ParquetLakeWriter.FlushExpiredAsync"/>.
    /// Default: one minute.
    /// </summary>
    public TimeSpan MaxBufferAge { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets the compression of the Parquet files. Default: Snappy.</summary>
    public CompressionMethod Compression { get; set; } = CompressionMethod.Snappy;

    /// <summary>
    /// Gets or sets the level of the methods that have levels (zstd, gzip, brotli). Default:
    /// <see cref="System.IO.Compression.CompressionLevel.Optimal"/>; Parquet.Net's own default, the smallest size,
    /// makes zstd about ten times slower than snappy.
    /// </summary>
    public System.IO.Compression.CompressionLevel CompressionLevel { get; set; } =
        System.IO.Compression.CompressionLevel.Optimal;

    /// <summary>Gets or sets the clock for buffer ages and file names. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
