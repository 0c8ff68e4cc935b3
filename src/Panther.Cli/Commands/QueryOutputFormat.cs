namespace Panther.Cli.Commands;

/// <summary>How <c>panther query</c> prints rows.</summary>
internal enum QueryOutputFormat
{
    /// <summary>Aligned columns for people.</summary>
    Table,

    /// <summary>Comma-separated values with a header line (RFC 4180 quoting).</summary>
    Csv,

    /// <summary>One JSON object per row.</summary>
    Json,
}
