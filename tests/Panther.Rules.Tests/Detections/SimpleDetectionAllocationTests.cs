using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Rules.Tests.Detections;

/// <summary>
/// A compiled detection's <see cref="IRule.Matches"/> allocates nothing per event. These tests count the bytes
/// allocated on the current thread; they are not timing tests.
/// </summary>
public class SimpleDetectionAllocationTests
{
    /// <summary>One CloudTrail record, wrapped after commas for width; the lines are joined before parsing.</summary>
    private const string CloudTrailRecord = """
        {"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","principalId":"AROAEXAMPLE:dev",
        "arn":"arn:aws:sts::111122223333:assumed-role/dev/alice","accountId":"111122223333",
        "sessionContext":{"attributes":{"mfaAuthenticated":"false"}}},"eventTime":"2026-12-01T10:05:06Z",
        "eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"us-east-1",
        "sourceIPAddress":"198.51.100.7","userAgent":"aws-cli/2.15",
        "requestParameters":{"instancesSet":{"items":[{"imageId":"ami-0abc","minCount":1}]},
        "tagSpecificationSet":{"items":[{"resourceType":"instance","tags":[{"key":"team","value":"red"},
        {"key":"owner","value":"Al\u00efce"}]}]}},
        "responseElements":{"instancesSet":{"items":[{"instanceId":"i-0123456789abcdef0",
        "privateIpAddress":"10.1.2.3"}]}},"requestID":"r-1","eventID":"e-1","readOnly":false,
        "resources":[{"ARN":"arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0",
        "type":"AWS::EC2::Instance"}],"eventType":"AwsApiCall","managementEvent":true,
        "recipientAccountId":"111122223333"}
        """;

    private const string TenExpressions = """
        Detection:
          - Key: eventSource
            Condition: Equals
            Value: ec2.amazonaws.com
          - KeyPath: userIdentity.type
            Condition: IsIn
            Values: [Root, IAMUser, AssumedRole]
          - KeyPath: userIdentity.arn
            Condition: IContains
            Value: ASSUMED-ROLE/DEV
          - Key: sourceIPAddress
            Condition: IsIPAddressNotInCIDR
            Value: 192.168.0.0/16
          - KeyPath: responseElements.instancesSet.items[*].privateIpAddress
            Condition: IsIPAddressPrivate
          - KeyPath: requestParameters.instancesSet.items[0].minCount
            Condition: IsGreaterThanOrEqual
            Value: 1
          - KeyPath: requestParameters.tagSpecificationSet.items[0].tags
            Condition: AnyElement
            Expressions:
              - Key: value
                Condition: IEquals
                Value: ALÏCE
          - Key: p_log_type
            Condition: Equals
            Value: AWS.CloudTrail
          - Any:
              - Key: readOnly
                Condition: Equals
                Value: true
              - Key: eventName
                Condition: EndsWith
                Value: Instances
          - KeyPath: userIdentity.sessionContext.attributes.mfaAuthenticated
            Condition: DoesNotEqual
            Value: "true"

        """;

    [Fact]
    public void Matching_detection_allocates_nothing_per_event()
    {
        var (matched, allocated) = Run(TenExpressions);

        Assert.True(matched);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Non_matching_detection_allocates_nothing_per_event()
    {
        var (matched, allocated) = Run(TenExpressions.Replace("Value: Instances", "Value: Volumes",
            StringComparison.Ordinal));

        Assert.False(matched);
        Assert.Equal(0, allocated);
    }

    private static (bool Matched, long Allocated) Run(string detection)
    {
        var rule = DetectionYaml.Compile(detection);
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var record = Encoding.UTF8.GetBytes(CloudTrailRecord.ReplaceLineEndings(""));
        parser.Parse(record, new LogSource("test"), default, batch);
        Assert.Equal(1, batch.Count);
        var evt = new RuleEvent();
        evt.Load(batch[0]);

        var matched = false;
        for (var i = 0; i < 100; i++)
        {
            evt.Load(batch[0]);
            matched = rule.Matches(evt);
        }

        var allocated = Allocations.Measure(() =>
        {
            evt.Load(batch[0]);
            matched = rule.Matches(evt);
        });
        return (matched, allocated);
    }
}
