using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.CloudTrail;

/// <summary>
/// Made-up CloudTrail digest files, one per trail, region and hour: the hashes of the log files delivered in the hour
/// (none in a quiet hour), the signature, and the link to the previous digest.
/// </summary>
public sealed class CloudTrailDigestSampleGenerator : ISampleGenerator
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"];

    private static readonly string[] Accounts = ["111122223333", "444455556666", "777788889999"];

    /// <inheritdoc />
    public string LogType => CloudTrailLogTypes.Digest.Name;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var account = random.Pick(Accounts);
        var region = random.Pick(Regions);
        var bucket = $"org-trail-{account}";
        var end = SampleRandom.Start.AddHours(1 + index / (Regions.Length * Accounts.Length));
        var start = end.AddHours(-1);
        var files = random.OneIn(10) ? 0 : 1 + random.Next(12);

        writer.WriteStartObject();
        writer.WriteString("awsAccountId", account);
        writer.WriteString("digestStartTime", Time(start));
        writer.WriteString("digestEndTime", Time(end));
        writer.WriteString("digestS3Bucket", bucket);
        writer.WriteString("digestS3Object", DigestKey(account, region, end));
        writer.WriteString("digestPublicKeyFingerprint", random.Hex(32));
        writer.WriteString("digestSignatureAlgorithm", "SHA256withRSA");
        if (files > 0)
        {
            writer.WriteString("newestEventTime", Time(end.AddSeconds(-random.Next(1, 300))));
            writer.WriteString("oldestEventTime", Time(start.AddSeconds(random.Next(1, 300))));
        }

        writer.WriteString("previousDigestS3Bucket", bucket);
        writer.WriteString("previousDigestS3Object", DigestKey(account, region, start));
        writer.WriteString("previousDigestHashValue", random.Hex(64));
        writer.WriteString("previousDigestHashAlgorithm", "SHA-256");
        writer.WriteString("previousDigestSignature", random.Hex(512));
        writer.WriteStartArray("logFiles");
        for (var i = 0; i < files; i++)
        {
            var delivered = start.AddMinutes(5 * (i + 1));
            writer.WriteStartObject();
            writer.WriteString("s3Bucket", bucket);
            writer.WriteString("s3Object", string.Create(CultureInfo.InvariantCulture,
                $"AWSLogs/{account}/CloudTrail/{region}/{delivered:yyyy/MM/dd}/{account}_CloudTrail_{region}_"
                + $"{delivered:yyyyMMdd'T'HHmm}Z_{random.Alphanumeric(16)}.json.gz"));
            writer.WriteString("hashValue", random.Hex(64));
            writer.WriteString("hashAlgorithm", "SHA-256");
            writer.WriteString("newestEventTime", Time(delivered.AddSeconds(-random.Next(1, 60))));
            writer.WriteString("oldestEventTime", Time(delivered.AddMinutes(-5)));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string DigestKey(string account, string region, DateTime end) =>
        string.Create(CultureInfo.InvariantCulture,
            $"AWSLogs/{account}/CloudTrail-Digest/{region}/{end:yyyy/MM/dd}/{account}_CloudTrail-Digest_{region}_"
            + $"org-trail_us-east-1_{end:yyyyMMdd'T'HHmmss}Z.json.gz");

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
