using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests;

/// <summary>
/// The hot path allocates nothing per event once its buffers have grown. These tests count allocated bytes on the
/// current thread; they are not timing tests.
/// </summary>
public class LogParserAllocationTests
{
    private const string CloudTrailLine =
        """{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:dev","arn":"arn:aws:sts::111122223333:assumed-role/dev/alice","accountId":"111122223333","accessKeyId":"ASIAEXAMPLE","sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE","arn":"arn:aws:iam::111122223333:role/dev","accountId":"111122223333","userName":"dev"},"attributes":{"creationDate":"2026-12-01T10:00:00Z","mfaAuthenticated":"false"}}},"eventTime":"2026-12-01T10:05:06Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15","requestParameters":{"instancesSet":{"items":[{"imageId":"ami-0abc","minCount":1}]},"tagSpecificationSet":{"items":[{"resourceType":"instance","tags":[{"key":"team","value":"red"}]}]}},"responseElements":{"instancesSet":{"items":[{"instanceId":"i-0123456789abcdef0","privateIpAddress":"10.1.2.3","privateDnsName":"ip-10-1-2-3.ec2.internal"}]}},"requestID":"r-1","eventID":"e-1","readOnly":false,"resources":[{"ARN":"arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0","accountId":"111122223333","type":"AWS::EC2::Instance"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"111122223333","eventCategory":"Management","tlsDetails":{"tlsVersion":"TLSv1.3","clientProvidedHostHeader":"ec2.us-east-1.amazonaws.com"}}""";

    [Fact]
    public void Parsing_a_cloudtrail_event_allocates_nothing_in_steady_state()
    {
        var (allocated, batch) = SteadyState.Parse(CloudTrailLine);

        Assert.Equal(1, batch.Count);
        Assert.Empty(batch.Quarantined);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Writing_a_normalized_event_allocates_nothing_in_steady_state()
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        parser.Parse(Encoding.UTF8.GetBytes(CloudTrailLine), new LogSource("test"), default, batch);
        var evt = batch[0];
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(buffer, options);

        for (var i = 0; i < 100; i++)
        {
            WriteOnce(evt, writer, buffer);
        }

        var allocated = Allocations.Measure(() => WriteOnce(evt, writer, buffer));
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Classifying_among_all_types_allocates_nothing_in_steady_state()
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var digest = Encoding.UTF8.GetBytes(
            """{"awsAccountId":"111122223333","digestStartTime":"2026-12-01T10:00:00Z","digestEndTime":"2026-12-01T11:00:00Z","digestS3Object":"AWSLogs/x.json.gz","logFiles":[]}""");
        var cloudTrail = Encoding.UTF8.GetBytes(CloudTrailLine);
        var source = new LogSource("test");

        for (var i = 0; i < 100; i++)
        {
            ParseBoth();
        }

        Assert.Equal(0, Allocations.Measure(ParseBoth, 500));
        Assert.Equal(["AWS.CloudTrailDigest", "AWS.CloudTrail"], batch.Events.Select(e => e.LogType));

        void ParseBoth()
        {
            batch.Clear();
            parser.Parse(digest, source, default, batch);
            parser.Parse(cloudTrail, source, default, batch);
        }
    }

    private static void WriteOnce(NormalizedEvent evt, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset();
        evt.WriteTo(writer);
        writer.Flush();
    }
}
