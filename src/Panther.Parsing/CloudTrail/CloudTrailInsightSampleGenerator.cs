using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.CloudTrail;

/// <summary>
/// Made-up CloudTrail Insights events: the start and end of unusual rates of API calls or API errors, with the
/// baseline and insight averages and the identities, user agents and error codes they are attributed to.
/// </summary>
public sealed class CloudTrailInsightSampleGenerator : ISampleGenerator
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-central-1"];

    private static readonly string[] Accounts = ["111122223333", "444455556666"];

    private static readonly (string Source, string Name, string? Error)[] Calls =
    [
        ("ec2.amazonaws.com", "RunInstances", null),
        ("iam.amazonaws.com", "ListAccessKeys", null),
        ("s3.amazonaws.com", "DeleteObjects", null),
        ("sts.amazonaws.com", "AssumeRole", "AccessDenied"),
        ("kms.amazonaws.com", "Decrypt", "AccessDeniedException"),
        ("secretsmanager.amazonaws.com", "GetSecretValue", "ResourceNotFoundException"),
    ];

    /// <inheritdoc />
    public string LogType => CloudTrailLogTypes.Insight.Name;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var account = random.Pick(Accounts);
        var (source, name, error) = random.Pick(Calls);
        var start = random.OneIn(2);
        var baseline = Math.Round(random.NextDouble() * 0.05, 6);
        var insight = Math.Round(1 + random.NextDouble() * 40, 4);

        writer.WriteStartObject();
        writer.WriteString("eventVersion", "1.08");
        writer.WriteString("eventTime", SampleRandom.Start.AddMinutes(index * 5 + random.Next(5))
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteString("awsRegion", random.Pick(Regions));
        writer.WriteString("eventID", random.Guid());
        writer.WriteString("eventType", "AwsCloudTrailInsight");
        writer.WriteString("recipientAccountId", account);
        writer.WriteString("sharedEventID", random.Guid());
        writer.WriteStartObject("insightDetails");
        writer.WriteString("state", start ? "Start" : "End");
        writer.WriteString("eventSource", source);
        writer.WriteString("eventName", name);
        writer.WriteString("insightType", error is null ? "ApiCallRateInsight" : "ApiErrorRateInsight");
        if (error is not null)
        {
            writer.WriteString("errorCode", error);
        }

        writer.WriteStartObject("insightContext");
        writer.WriteStartObject("statistics");
        WriteAverage(writer, "baseline", baseline);
        WriteAverage(writer, "insight", insight);
        if (!start)
        {
            writer.WriteNumber("insightDuration", 1 + random.Next(30));
            writer.WriteNumber("baselineDuration", 10079);
        }

        writer.WriteEndObject();
        if (!start)
        {
            writer.WriteStartArray("attributions");
            WriteAttribution(writer, "userIdentityArn",
                $"arn:aws:sts::{account}:assumed-role/ci-deploy/session-{random.Next(10_000)}", insight, baseline);
            WriteAttribution(writer, "userAgent", "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0", insight, baseline);
            WriteAttribution(writer, "errorCode", error ?? "null", insight, baseline);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("eventCategory", "Insight");
        writer.WriteEndObject();
    }

    private static void WriteAverage(Utf8JsonWriter writer, string name, double average)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("average", average);
        writer.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter writer, string attribute, string value, double insight,
        double baseline)
    {
        writer.WriteStartObject();
        writer.WriteString("attribute", attribute);
        WriteValues(writer, "insight", value, insight);
        WriteValues(writer, "baseline", value, baseline);
        writer.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter writer, string name, string value, double average)
    {
        writer.WriteStartArray(name);
        writer.WriteStartObject();
        writer.WriteString("value", value);
        writer.WriteNumber("average", average);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
