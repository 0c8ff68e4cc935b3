namespace Panther.Pipelines.Enrichment;

/// <summary>
/// Where the rows of a lookup table come from: a local file or an object in S3. The enricher reads the table once
/// at start, then asks for its version now and then and reads it again when the version changed.
/// </summary>
public interface ILookupTableSource
{
    /// <summary>Gets the name of the source in messages, ending with the file extension that gives the format
    /// (<c>users.csv</c>, <c>s3://bucket/context/bad-ips.jsonl</c>).</summary>
    string Name { get; }

    /// <summary>Gets a value that changes when the content changes: a file's time and size, an object's ETag.</summary>
    /// <returns>The version, or <see langword="null"/> when the source does not exist.</returns>
    /// <exception cref="IOException">The version cannot be read.</exception>
    string? GetVersion();

    /// <summary>Opens the content for reading.</summary>
    /// <returns>A stream the caller disposes.</returns>
    /// <exception cref="IOException">The source cannot be read.</exception>
    Stream Open();
}
