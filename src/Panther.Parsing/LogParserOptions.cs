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

    /// <summary>Gets or sets the clock used for <c>p_parse_time</c>. Default <see
    /// cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, 1024, nameof(MaxRecordBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxQuarantinedBytes, 0, nameof(MaxQuarantinedBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 2, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
