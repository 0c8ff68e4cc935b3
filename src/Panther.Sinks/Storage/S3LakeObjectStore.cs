using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Panther.Sinks.Storage;

/// <summary>
/// Puts lake objects in an S3 bucket (or an S3-compatible server) under a prefix: the key
/// <c>logs/aws_cloudtrail/year=2026/.../NAME.parquet</c> becomes <c>s3://BUCKET/PREFIX/logs/aws_cloudtrail/...</c>.
/// </summary>
/// <remarks>
/// <para>Files below <see cref="S3LakeObjectStoreOptions.MultipartThreshold"/> are sent with one <c>PutObject</c>;
/// larger ones as a multipart upload, whose object S3 creates only when the upload is completed. Either way an
/// object is visible whole or not at all: a crash, a failure or a cancellation leaves no partial object (an
/// interrupted multipart upload is aborted; one left by a crash holds invisible parts until a bucket lifecycle rule
/// removes them).</para>
/// <para>Failed requests are retried by the SDK (<see cref="S3LakeObjectStoreOptions.RetryMode"/>,
/// <see cref="S3LakeObjectStoreOptions.MaxErrorRetry"/>); what still fails is thrown as an
/// <see cref="IOException"/> that names the object and the cause, never a credential.</para>
/// </remarks>
public sealed class S3LakeObjectStore : ILakeObjectStore, IDisposable
{
    private readonly S3LakeObjectStoreOptions _options;
    private readonly AmazonS3Client _client;
    private readonly string _prefix;

    /// <summary>Initializes a store and its S3 client.</summary>
    /// <param name="options">The bucket, prefix, endpoint and limits.</param>
    /// <exception cref="ArgumentException">The bucket is empty, the prefix is not valid, or the part size is below
    /// <see cref="S3LakeObjectStoreOptions.MinPartSize"/>.</exception>
    public S3LakeObjectStore(S3LakeObjectStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Bucket, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PartSize, S3LakeObjectStoreOptions.MinPartSize,
            nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MultipartThreshold, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxErrorRetry, nameof(options));
        var prefix = options.Prefix.Trim('/');
        if (prefix.Length > 0)
        {
            LakeObjectKey.Validate(prefix, nameof(options));
        }

        _options = options;
        _prefix = prefix.Length == 0 ? "" : prefix + "/";
        _client = options.CreateClient();
    }

    /// <summary>Gets the S3 client, for requests the store does not make itself (listing, reading back).</summary>
    public IAmazonS3 Client => _client;

    /// <summary>Gets the bucket.</summary>
    public string Bucket => _options.Bucket;

    /// <summary>Gets the S3 key of a lake object: the prefix, then the key.</summary>
    /// <param name="key">The lake key.</param>
    /// <returns>The key in the bucket.</returns>
    /// <exception cref="ArgumentException">The key is not valid.</exception>
    public string GetS3Key(string key)
    {
        LakeObjectKey.Validate(key);
        return _prefix + key;
    }

    /// <inheritdoc />
    /// <remarks>Staging files live in <see cref="S3LakeObjectStoreOptions.StagingDirectory"/>.</remarks>
    public string GetStagingPath(string key)
    {
        LakeObjectKey.Validate(key);
        Directory.CreateDirectory(_options.StagingDirectory);
        var name = key[(key.LastIndexOf('/') + 1)..];
        return Path.Combine(Path.GetFullPath(_options.StagingDirectory),
            $".{Guid.CreateVersion7():N}-{name}.tmp");
    }

    /// <inheritdoc />
    public async Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (content.ConfigureAwait(false))
        {
            await PutAsync(key, content, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>A stream that cannot seek is always sent as a multipart upload, since its length is not known
    /// in advance.</remarks>
    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var s3Key = GetS3Key(key);
        try
        {
            if (content.CanSeek && content.Length - content.Position < _options.MultipartThreshold)
            {
                await _client.PutObjectAsync(new PutObjectRequest
                {
                    BucketName = Bucket,
                    Key = s3Key,
                    InputStream = content,
                    AutoCloseStream = false,
                    UseChunkEncoding = !_options.DisableChunkedEncoding,
                }, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await PutMultipartAsync(s3Key, content, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException
            or IOException or OperationCanceledException)
        {
            throw Failure("upload", key, ex);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var s3Key = GetS3Key(key);
        try
        {
            await _client.DeleteObjectAsync(Bucket, s3Key, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException
            or IOException or OperationCanceledException)
        {
            throw Failure("delete", key, ex);
        }
    }

    /// <inheritdoc />
    public string Describe(string key) =>
        key.Length == 0 ? $"s3://{Bucket}/{_prefix}" : $"s3://{Bucket}/{GetS3Key(key)}";

    /// <summary>Releases the S3 client.</summary>
    public void Dispose() => _client.Dispose();

    /// <summary>Sends parts of <see cref="S3LakeObjectStoreOptions.PartSize"/> bytes and completes the upload, which
    /// is when the object appears; on any failure, cancellation included, the upload is aborted so that its parts
    /// do not linger.</summary>
    private async Task PutMultipartAsync(string s3Key, Stream content, CancellationToken cancellationToken)
    {
        var initiated = await _client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest
        {
            BucketName = Bucket,
            Key = s3Key,
        }, cancellationToken).ConfigureAwait(false);
        try
        {
            var parts = new List<UploadPartResponse>();
            var buffer = new byte[_options.PartSize];
            while (true)
            {
                var read = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false,
                    cancellationToken).ConfigureAwait(false);
                if (read == 0 && parts.Count > 0)
                {
                    break;
                }

                using var body = new MemoryStream(buffer, 0, read, writable: false);
                parts.Add(await _client.UploadPartAsync(new UploadPartRequest
                {
                    BucketName = Bucket,
                    Key = s3Key,
                    UploadId = initiated.UploadId,
                    PartNumber = parts.Count + 1,
                    PartSize = read,
                    InputStream = body,
                    UseChunkEncoding = !_options.DisableChunkedEncoding,
                }, cancellationToken).ConfigureAwait(false));
                if (read < buffer.Length)
                {
                    break;
                }
            }

            var complete = new CompleteMultipartUploadRequest
            {
                BucketName = Bucket,
                Key = s3Key,
                UploadId = initiated.UploadId,
            };
            complete.AddPartETags(parts);
            await _client.CompleteMultipartUploadAsync(complete, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await AbortAsync(s3Key, initiated.UploadId).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Aborts an upload, even when the caller's token is cancelled. A failure to abort is not reported:
    /// the upload's parts stay invisible and a bucket lifecycle rule for incomplete uploads removes them.</summary>
    private async Task AbortAsync(string s3Key, string uploadId)
    {
        try
        {
            await _client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest
            {
                BucketName = Bucket,
                Key = s3Key,
                UploadId = uploadId,
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AmazonServiceException or AmazonClientException or HttpRequestException
            or IOException)
        {
            // The original failure is what the caller needs to see; some S3-compatible servers cannot abort.
        }
    }

    /// <summary>Makes the exception of a failed call: the object, the cause and, from S3, the error code and HTTP
    /// status; never a credential.</summary>
    private IOException Failure(string verb, string key, Exception ex)
    {
        var code = ex is AmazonServiceException { ErrorCode: not null } service
            ? $" ({service.ErrorCode}, HTTP {(int)service.StatusCode})"
            : "";
        return new IOException($"Cannot {verb} {Describe(key)}: {Describe(ex)}{code}.", ex);
    }

    private static string Describe(Exception ex)
    {
        var innermost = ex;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return ReferenceEquals(innermost, ex) ? ex.Message : $"{ex.Message} ({innermost.Message})";
    }
}
