using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes an ARN (<c>arn:partition:service:region:account:resource</c>) to <c>p_any_aws_arns</c> as given,
/// its account to <c>p_any_aws_account_ids</c> when that is 12 digits, and for an EC2 instance
/// (<c>ec2</c> service, <c>instance/i-…</c> resource) its instance id to <c>p_any_aws_instance_ids</c>.
/// </summary>
/// <remarks>
/// Partition, service and resource must not be empty; region and account may be, as they are for S3 and IAM.
/// The resource is everything after the fifth colon and may hold further colons.
/// </remarks>
internal sealed class AwsArnScanner : IndicatorScanner
{
    private static ReadOnlySpan<byte> Prefix => "arn:"u8;

    private static ReadOnlySpan<byte> Ec2Service => "ec2"u8;

    private static ReadOnlySpan<byte> InstancePrefix => "instance/"u8;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var arn = AsciiText.Trim(utf8Value);
        if (!arn.StartsWith(Prefix))
        {
            return;
        }

        var resource = arn[Prefix.Length..];
        if (!TakePart(ref resource, out var partition) || !TakePart(ref resource, out var service)
            || !TakePart(ref resource, out _) || !TakePart(ref resource, out var account))
        {
            return;
        }

        if (partition.IsEmpty || service.IsEmpty || resource.IsEmpty || !Utf8.IsValid(arn))
        {
            return;
        }

        writer.Add(IndicatorField.AwsArns, arn);

        if (AwsAccountIdScanner.IsAccountId(account))
        {
            writer.Add(IndicatorField.AwsAccountIds, account);
        }

        if (service.SequenceEqual(Ec2Service) && resource.StartsWith(InstancePrefix))
        {
            var instanceId = resource[InstancePrefix.Length..];
            if (AwsInstanceIdScanner.IsInstanceId(instanceId))
            {
                writer.Add(IndicatorField.AwsInstanceIds, instanceId);
            }
        }
    }

    private static bool TakePart(ref ReadOnlySpan<byte> rest, out ReadOnlySpan<byte> part)
    {
        var colon = rest.IndexOf((byte)':');
        if (colon < 0)
        {
            part = default;
            return false;
        }

        part = rest[..colon];
        rest = rest[(colon + 1)..];
        return true;
    }
}
