using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Panther.Sinks.Storage;

/// <summary>
/// Where <see cref="S3LakeObjectStore"/> puts the lake and how it talks to S3. Only <see cref="Bucket"/> is
/// required: the region and the credentials otherwise come from the AWS SDK's default chain (environment variables
/// such as <c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c> and <c>AWS_REGION</c>, the shared config files,
/// then instance or container roles).
/// </summary>
public sealed class S3LakeObjectStoreOptions
{
    /// <summary>The smallest part S3 accepts in a multipart upload, except for the last part: 5 MiB.</summary>
    public const long MinPartSize = 5L * 1024 * 1024;

    /// <summary>Gets or sets the bucket. Required.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>Gets or sets the key prefix of the lake inside the bucket, without leading or trailing
    /// <c>/</c>: <c>panther/lake</c>. Empty puts the lake at the bucket's root. Default: empty.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Gets or sets the region, <c>eu-west-1</c>; <see langword="null"/> to take it from the SDK's default
    /// chain (or <c>us-east-1</c> with a <see cref="ServiceUrl"/>).</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the endpoint of an S3-compatible server, <c>http://127.0.0.1:4568</c>;
    /// <see langword="null"/> for AWS.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>Gets or sets whether buckets are addressed in the path (<c>host/bucket/key</c>) rather than the host
    /// name. Most S3-compatible servers need it. Default: <see langword="false"/>.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>Gets or sets explicit credentials; <see langword="null"/> to use the SDK's default chain. They are
    /// never written to logs or exception messages.</summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>Gets or sets the size from which a file is sent as a multipart upload, which S3 makes visible only
    /// when it is completed. Default: 16 MiB.</summary>
    public long MultipartThreshold { get; set; } = 16L * 1024 * 1024;

    /// <summary>Gets or sets the size of each part of a multipart upload; at least <see cref="MinPartSize"/>.
    /// Default: 8 MiB.</summary>
    public long PartSize { get; set; } = 8L * 1024 * 1024;

    /// <summary>Gets or sets the SDK's retry mode. Default: <see cref="RequestRetryMode.Standard"/>.</summary>
    public RequestRetryMode RetryMode { get; set; } = RequestRetryMode.Standard;

    /// <summary>Gets or sets how many times the SDK retries a failed request, after the first attempt.
    /// Default: 4.</summary>
    public int MaxErrorRetry { get; set; } = 4;

    /// <summary>Gets or sets how long one HTTP request may take; <see langword="null"/> for the SDK's
    /// default.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Gets or sets whether uploads are sent as plain bodies, signed whole, with checksums only when an
    /// operation requires them, instead of aws-chunked bodies with trailing checksums. S3-compatible servers that do
    /// not decode aws-chunked bodies (s3rver, for one) need it; AWS does not. Default: <see langword="false"/>.
    /// </summary>
    public bool DisableChunkedEncoding { get; set; }

    /// <summary>Gets or sets the local folder where files are staged before they are uploaded. Default: a
    /// <c>panther-s3-staging</c> folder in the system's temporary folder.</summary>
    public string StagingDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "panther-s3-staging");

    /// <summary>Reads the bucket and the prefix from a location: <c>s3://bucket/prefix/of/lake</c>.</summary>
    /// <param name="location">The location.</param>
    /// <param name="options">Options with <see cref="Bucket"/> and <see cref="Prefix"/> set.</param>
    /// <returns><see langword="true"/> when <paramref name="location"/> starts with <c>s3://</c> and names a bucket
    /// and a valid prefix.</returns>
    public static bool TryParseLocation(string? location, out S3LakeObjectStoreOptions options)
    {
        options = new S3LakeObjectStoreOptions();
        const string scheme = "s3://";
        if (location is null || !location.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = location[scheme.Length..].TrimEnd('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..];
        if (bucket.Length == 0 || (prefix.Length > 0 && !LakeObjectKey.IsValid(prefix)))
        {
            return false;
        }

        options.Bucket = bucket;
        options.Prefix = prefix;
        return true;
    }

    /// <summary>Makes an S3 client with these settings: the endpoint or region, path-style addressing, retries,
    /// timeout, checksum mode and credentials (the SDK's default chain when <see cref="Credentials"/> is null).
    /// <see cref="Bucket"/> and the part sizes play no part.</summary>
    /// <returns>The client; the caller disposes it.</returns>
    public AmazonS3Client CreateClient()
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = ForcePathStyle,
            RetryMode = RetryMode,
            MaxErrorRetry = MaxErrorRetry,
        };
        if (ServiceUrl is not null)
        {
            config.ServiceURL = ServiceUrl.ToString();
            config.AuthenticationRegion = Region ?? "us-east-1";
        }
        else if (Region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(Region);
        }

        if (Timeout is { } timeout)
        {
            config.Timeout = timeout;
        }

        if (DisableChunkedEncoding)
        {
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }

        return Credentials is null
            ? new AmazonS3Client(config)
            : new AmazonS3Client(Credentials, config);
    }
}
