using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.CloudTrail;

/// <summary>
/// How indicators are found inside CloudTrail's untyped members (<c>requestParameters</c>,
/// <c>responseElements</c>, <c>additionalEventData</c>, <c>serviceEventDetails</c>, web identity data): by member
/// name, at any depth, because their shape depends on the API called.
/// </summary>
public static class CloudTrailIndicators
{
    /// <summary>Gets the rules applied to every untyped CloudTrail member.</summary>
    public static IReadOnlyList<KeyIndicatorRule> UntypedMemberRules { get; } =
    [
        KeyIndicatorRule.AnyString(IndicatorKind.AwsArn),
        KeyIndicatorRule.Exact("instanceId", IndicatorKind.AwsInstanceId),
        KeyIndicatorRule.Exact("instance-id", IndicatorKind.AwsInstanceId),
        KeyIndicatorRule.EndsWith("InstanceId", IndicatorKind.AwsInstanceId),
        KeyIndicatorRule.Exact("accountId", IndicatorKind.AwsAccountId),
        KeyIndicatorRule.Exact("account", IndicatorKind.AwsAccountId),
        KeyIndicatorRule.EndsWith("AccountId", IndicatorKind.AwsAccountId),
        KeyIndicatorRule.Exact("tags", IndicatorKind.AwsTag),
        KeyIndicatorRule.Exact("tagSet", IndicatorKind.AwsTag),
        KeyIndicatorRule.Exact("ipv6Addresses", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("ipv6Address", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("publicIp", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("privateIpAddress", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("ipAddressV4", IndicatorKind.Ip),
        KeyIndicatorRule.Exact("sourceIPAddress", IndicatorKind.Hostname),
        KeyIndicatorRule.Exact("publicDnsName", IndicatorKind.Domain),
        KeyIndicatorRule.Exact("privateDnsName", IndicatorKind.Domain),
        KeyIndicatorRule.Exact("domain", IndicatorKind.Domain),
    ];
}
