using Amazon.S3;
using Panther.Sinks.Storage;

namespace Panther.Cli.Commands;

/// <summary>
/// Where <c>panther run</c> writes: a local lake folder, or an S3 location (<c>s3://BUCKET/PREFIX</c>) with an
/// optional S3-compatible endpoint. Credentials and the region of an S3 lake come from the AWS SDK's default chain:
/// <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_REGION</c>, profiles, roles.
/// </summary>
/// <param name="Lake">The <c>--lake</c> value.</param>
/// <param name="Endpoint">The <c>--s3-endpoint</c> value, or <see langword="null"/>.</param>
/// <param name="Work">The <c>--work</c> value, or <see langword="null"/>.</param>
internal sealed record LakeTarget(string Lake, string? Endpoint, DirectoryInfo? Work)
{
    /// <summary>The work folder of an S3 lake when <c>--work</c> is not given.</summary>
    public const string DefaultWorkFolder = "panther-work";

    /// <summary>The folder, in the work folder, of lake files whose upload failed; the next run uploads them.</summary>
    public const string UndeliveredFolder = "undelivered";

    /// <summary>Gets whether the lake is in S3.</summary>
    public bool IsS3 => Lake.StartsWith("s3://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the local folder of the quarantine and the alert state: <c>--work</c> when given, else the lake
    /// folder (local lake) or <c>./panther-work</c> (S3 lake).</summary>
    public string WorkFolder => Path.GetFullPath(Work?.FullName ?? (IsS3 ? DefaultWorkFolder : Lake));

    /// <summary>Makes the object store of the lake.</summary>
    /// <returns>A local store, or an S3 store that keeps the files it fails to upload in the work folder's
    /// <see cref="UndeliveredFolder"/>.</returns>
    /// <exception cref="ArgumentException">The S3 location is not valid, or an endpoint was given for a local
    /// lake.</exception>
    /// <param name="endpointUsed">Whether something else reads S3 through <see cref="Endpoint"/> (lookup tables),
    /// so that an endpoint with a local lake is not a mistake.</param>
    public ILakeObjectStore CreateStore(bool endpointUsed = false)
    {
        if (!IsS3)
        {
            if (Endpoint is not null && !endpointUsed)
            {
                throw new ArgumentException("--s3-endpoint needs an s3:// lake, s3:// inputs or s3:// lookup tables.");
            }

            return new LocalLakeObjectStore(Lake);
        }

        if (!S3LakeObjectStoreOptions.TryParseLocation(Lake, out var options))
        {
            throw new ArgumentException(
                $"'{Lake}' is not a valid S3 location: use s3://BUCKET or s3://BUCKET/PREFIX.");
        }

        UseEndpoint(options);
        return new FallbackLakeObjectStore(new S3LakeObjectStore(options),
            new LocalLakeObjectStore(Path.Combine(WorkFolder, UndeliveredFolder)));
    }

    /// <summary>Makes the S3 client that reads lookup tables in S3: through <see cref="Endpoint"/> when given,
    /// otherwise with the AWS SDK's default credentials and region.</summary>
    /// <returns>The client; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">The endpoint is not an http:// or https:// URL.</exception>
    public AmazonS3Client CreateS3Client()
    {
        var options = new S3LakeObjectStoreOptions();
        UseEndpoint(options);
        return options.CreateClient();
    }

    private void UseEndpoint(S3LakeObjectStoreOptions options)
    {
        if (Endpoint is null)
        {
            return;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"--s3-endpoint '{Endpoint}' is not an http:// or https:// URL.");
        }

        options.ServiceUrl = url;
        options.ForcePathStyle = true;
        options.DisableChunkedEncoding = true;
    }
}
