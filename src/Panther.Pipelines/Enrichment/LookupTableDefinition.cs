namespace Panther.Pipelines.Enrichment;

/// <summary>
/// A lookup table to load and the event fields it is matched against: for each log type, the paths of the fields
/// whose values are looked up as keys.
/// </summary>
/// <remarks>A path names members separated by dots (<c>userIdentity.userName</c>). When the value at the path is an
/// array, each of its elements is looked up and the matching rows are kept as a list.</remarks>
public sealed class LookupTableDefinition
{
    /// <summary>Gets or sets the table's name, the first level of <c>p_enrichment</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets or sets the CSV or JSON lines file, or an S3 object as <c>s3://bucket/key</c> (see
    /// <see cref="LookupTable.Load(string, ILookupTableSource, string)"/>).</summary>
    public required string Path { get; init; }

    /// <summary>Gets or sets the column or member that keys the rows.</summary>
    public required string KeyField { get; init; }

    /// <summary>Gets or sets the field paths to look up, by log type.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Match { get; init; }
}
