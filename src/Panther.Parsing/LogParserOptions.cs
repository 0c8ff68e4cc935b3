namespace Panther.Parsing;

/// <summary>Options for <see cref="LogParser"/> and <see cref="LogReader"/>. The defaults suit real logs.</summary>
public sealed class LogParserOptions
{
    /// <summary>
    /// Gets or sets the log type every record must have. When <see langword="null"/> (the default) each record is
    /// classified among all registered log types.
    /// </summary>
    public string? LogType { get; set; }

    /// <summary>
    /// Gets or sets the largest record (a line, or an element of a Records array) accepted, in bytes. Larger records
    /// are quarantined with their first <see cref="MaxQuarantinedBytes"/> bytes. Default 64 MiB.
    /// </summary>
    public int MaxRecordBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Gets or sets how many bytes of an oversized record are kept in quarantine. Default 1 MiB.</summary>
    public int MaxQuarantinedBytes { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the deepest JSON nesting accepted. Default 256.</summary>
    public int MaxDepth { get; set; } = 256;

    /// <summary>
    /// Gets or sets how many events a <see cref="LogReader"/> batch aims to hold. A batch is handed over once it
    /// reaches this size; one record that carries many events (an envelope) can take it past the size. Default 256.
    /// </summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// Gets or sets the most bytes one gzip input may decompress to. Reading stops there: the records before are kept
    /// and the input gets a quarantine record saying why. Default 16 GiB.
    /// </summary>
    public long MaxDecompressedBytes { get; set; } = 16L * 1024 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how many times its compressed size a gzip input may decompress to, checked once 64 MiB have been
    /// decompressed. Logs compress 5 to 50 times; a gzip bomb of zeros, about 1,000 times. Reading stops like for
    /// <see cref="MaxDecompressedBytes"/>. Default 250.
    /// </summary>
    public int MaxCompressionRatio { get; set; } = 250;

    /// <summary>Gets or sets the clock used for <c>p_parse_time</c>. Default <see
    /// cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, 1024, nameof(MaxRecordBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQuarantinedBytes, 0, nameof(MaxQuarantinedBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 2, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDecompressedBytes, 1, nameof(MaxDecompressedBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCompressionRatio, 2, nameof(MaxCompressionRatio));
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
