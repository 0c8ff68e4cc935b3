using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Panther.Parsing.Events;

namespace Panther.Pipelines.Sources;

/// <summary>
/// Lists the objects under an S3 location (<c>s3://bucket/prefix</c>) as inputs, in key order: a CloudTrail trail's
/// <c>AWSLogs/</c> folder, a bucket of gzip JSON lines, a single object. Each object is read as a stream when its
/// turn comes, so nothing is downloaded ahead; its events carry the source <c>s3://bucket/key</c>. Framing and
/// compression are found from the content, as for files.
/// </summary>
public static class S3Inputs
{
    /// <summary>Gets whether a path names an S3 location.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> for <c>s3://...</c>.</returns>
    public static bool IsS3Location(string path) =>
        path is not null && path.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks a location and splits it into bucket and prefix.</summary>
    /// <param name="location"><c>s3://bucket</c> or <c>s3://bucket/prefix</c>.</param>
    /// <returns>The bucket and the prefix (empty for a whole bucket).</returns>
    /// <exception cref="ArgumentException">The location has no bucket.</exception>
    public static (string Bucket, string Prefix) Validate(string location)
    {
        var rest = IsS3Location(location) ? location["s3://".Length..] : "";
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length == 0)
        {
            throw new ArgumentException($"'{location}' is not an S3 location: use s3://BUCKET or s3://BUCKET/PREFIX.");
        }

        return (bucket, slash < 0 ? "" : rest[(slash + 1)..]);
    }

    /// <summary>Lists the objects under a location; folder markers (keys ending in <c>/</c>) are left out.</summary>
    /// <param name="client">The S3 client; the caller keeps ownership and keeps it alive while the inputs are read.
    /// </param>
    /// <param name="location"><c>s3://bucket</c>, <c>s3://bucket/prefix</c> or <c>s3://bucket/key</c>.</param>
    /// <param name="cancellationToken">Stops the listing.</param>
    /// <returns>The inputs, in key order.</returns>
    /// <exception cref="ArgumentException">The location is not an S3 location.</exception>
    /// <exception cref="IOException">The bucket cannot be listed; the message names it and the cause.</exception>
    public static async Task<IReadOnlyList<FileInput>> ListAsync(IAmazonS3 client, string location,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var (bucket, prefix) = Validate(location);
        var inputs = new List<FileInput>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        try
        {
            ListObjectsV2Response response;
            do
            {
                response = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                foreach (var item in response.S3Objects ?? [])
                {
                    if (!item.Key.EndsWith('/'))
                    {
                        inputs.Add(Input(client, bucket, item.Key, item.ETag));
                    }
                }

                request.ContinuationToken = response.NextContinuationToken;
            }
            while (response.IsTruncated == true);
        }
        catch (AmazonServiceException ex)
        {
            throw new IOException($"{location}: cannot list the objects: {(int)ex.StatusCode} {ex.ErrorCode}: "
                + ex.Message, ex);
        }
        catch (AmazonClientException ex)
        {
            throw new IOException($"{location}: cannot list the objects: {ex.Message}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new IOException($"{location}: cannot list the objects: {ex.Message}", ex);
        }

        return [.. inputs.OrderBy(i => i.Source.Name, StringComparer.Ordinal)];
    }

    private static FileInput Input(IAmazonS3 client, string bucket, string key, string? etag) =>
        FileInput.ForStream(new LogSource($"s3://{bucket}/{key}"), () =>
        {
            try
            {
                var response = client.GetObjectAsync(bucket, key).GetAwaiter().GetResult();
                return new ResponseStream(response);
            }
            catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                throw new IOException($"s3://{bucket}/{key}: the object no longer exists.", ex);
            }
            catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException)
            {
                throw new IOException($"s3://{bucket}/{key}: cannot read the object: {ex.Message}", ex);
            }
        }, etag is null ? null : $"s3://{bucket}/{key}|{etag}");

    /// <summary>The body of a <c>GetObject</c> response; disposing it ends the response.</summary>
    private sealed class ResponseStream(GetObjectResponse response) : ReadOnlyStream
    {
        private readonly Stream _body = response.ResponseStream;

        public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _body.ReadAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
