using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Panther.Pipelines.Enrichment;

/// <summary>
/// A lookup table in an S3 object; its version is the object's ETag. The object is read whole into memory, so a
/// table is read in one request and no connection stays open between reloads.
/// </summary>
/// <remarks>The enricher calls the source from the pipeline's thread, so a reload check waits for one
/// <c>HeadObject</c> request, bounded by the client's timeout and retries.</remarks>
public sealed class S3LookupTableSource : ILookupTableSource
{
    private readonly IAmazonS3 _client;
    private readonly string _bucket;
    private readonly string _key;

    /// <summary>Initializes a new instance of the <see cref="S3LookupTableSource"/> class.</summary>
    /// <param name="client">The S3 client; the caller keeps ownership.</param>
    /// <param name="location">The object: <c>s3://bucket/key</c>.</param>
    /// <exception cref="ArgumentException">The location is not an <c>s3://bucket/key</c> URI.</exception>
    public S3LookupTableSource(IAmazonS3 client, string location)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!TryParse(location, out var bucket, out var key))
        {
            throw new ArgumentException($"'{location}' is not an S3 object: use s3://BUCKET/KEY.");
        }

        _client = client;
        _bucket = bucket;
        _key = key;
        Name = location;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>Gets whether a path names an S3 object (<c>s3://</c>).</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> for an <c>s3://</c> path.</returns>
    public static bool IsS3Path(string path) =>
        path.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether a path is an S3 object: <c>s3://</c>, a bucket, <c>/</c> and a key.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> for <c>s3://bucket/key</c>.</returns>
    public static bool IsValidLocation(string path) => TryParse(path, out _, out _);

    /// <inheritdoc/>
    public string? GetVersion()
    {
        try
        {
            var metadata = Wait(_client.GetObjectMetadataAsync(_bucket, _key));
            return metadata.ETag + ":" + metadata.ContentLength.ToString(CultureInfo.InvariantCulture);
        }
        catch (IOException ex) when (ex.InnerException is AmazonS3Exception { StatusCode: HttpStatusCode.NotFound })
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public Stream Open()
    {
        using var response = Wait(_client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = _key }));
        var content = new MemoryStream();
        response.ResponseStream.CopyTo(content);
        content.Position = 0;
        return content;
    }

    private T Wait<T>(Task<T> request)
    {
        try
        {
            return request.GetAwaiter().GetResult();
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw new IOException($"{Name}: the object does not exist.", ex);
        }
        catch (AmazonServiceException ex)
        {
            throw new IOException($"{Name}: {(int)ex.StatusCode} {ex.ErrorCode}: {ex.Message}", ex);
        }
        catch (AmazonClientException ex)
        {
            throw new IOException($"{Name}: {ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new IOException($"{Name}: {ex.Message}", ex);
        }
    }

    private static bool TryParse(string location, out string bucket, out string key)
    {
        bucket = key = "";
        if (location is null || !IsS3Path(location))
        {
            return false;
        }

        var rest = location["s3://".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }

        bucket = rest[..slash];
        key = rest[(slash + 1)..];
        return true;
    }
}
