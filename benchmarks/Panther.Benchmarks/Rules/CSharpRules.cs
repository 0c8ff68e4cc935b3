using System.Text.Json;
using Panther.Rules;

namespace Panther.Benchmarks.Rules;

/// <summary>
/// The ten CloudTrail detections of <see cref="CloudTrailRules"/> as compiled C# rules, written the way a rule
/// author would: top-level fields through <see cref="RuleEvent"/>, nested ones through <see cref="EventPath"/>,
/// strings compared as UTF-8 in place. None of them allocates for an event.
/// </summary>
public static class CSharpRules
{
    /// <summary>A successful console login by the root user.</summary>
    public sealed class RootConsoleLogin : IRule
    {
        public bool Matches(RuleEvent evt) =>
            evt["eventName"].ValueEquals("ConsoleLogin"u8)
            && evt.Get("userIdentity", "type").ValueEquals("Root"u8)
            && evt.Get("responseElements", "ConsoleLogin").ValueEquals("Success"u8);
    }

    /// <summary>CloudTrail logging stopped, deleted or changed, successfully.</summary>
    public sealed class CloudTrailStopped : IRule
    {
        public bool Matches(RuleEvent evt)
        {
            if (!evt["eventSource"].ValueEquals("cloudtrail.amazonaws.com"u8))
            {
                return false;
            }

            var name = evt["eventName"];
            return (name.ValueEquals("StopLogging"u8) || name.ValueEquals("DeleteTrail"u8)
                    || name.ValueEquals("UpdateTrail"u8) || name.ValueEquals("PutEventSelectors"u8))
                && evt["errorCode"].Kind is JsonValueKind.Undefined or JsonValueKind.Null;
        }
    }

    /// <summary>A security group rule opening a port to 0.0.0.0/0.</summary>
    public sealed class SecurityGroupOpenToWorld : IRule
    {
        private static readonly EventPath CidrIp = EventPath.Parse("requestParameters.ipPermissions.items[*].cidrIp");

        public bool Matches(RuleEvent evt)
        {
            var name = evt["eventName"];
            return (name.ValueEquals("AuthorizeSecurityGroupIngress"u8)
                    || name.ValueEquals("ModifySecurityGroupRules"u8))
                && CidrIp.Any(evt, 0, static (cidr, _) => cidr.ValueEquals("0.0.0.0/0"u8));
        }
    }

    /// <summary>A KMS key scheduled for deletion or disabled.</summary>
    public sealed class KmsKeyDeletion : IRule
    {
        public bool Matches(RuleEvent evt)
        {
            if (!evt["eventSource"].ValueEquals("kms.amazonaws.com"u8))
            {
                return false;
            }

            var name = evt["eventName"];
            return name.ValueEquals("ScheduleKeyDeletion"u8) || name.ValueEquals("DisableKey"u8);
        }
    }

    /// <summary>The AdministratorAccess managed policy attached to a user, role or group.</summary>
    public sealed class AdminPolicyAttached : IRule
    {
        public bool Matches(RuleEvent evt)
        {
            var name = evt["eventName"];
            return (name.ValueEquals("AttachUserPolicy"u8) || name.ValueEquals("AttachRolePolicy"u8)
                    || name.ValueEquals("AttachGroupPolicy"u8))
                && EventText.EndsWith(evt.Get("requestParameters", "policyArn"), "/AdministratorAccess"u8);
        }
    }

    /// <summary>A secret read from an IPv4 address outside the corporate networks.</summary>
    public sealed class SecretReadFromOutside : IRule
    {
        private static readonly (uint Network, uint Mask)[] Corporate =
            [(0x0A000000, 0xFF000000), (0xAC100000, 0xFFF00000), (0xC6336400, 0xFFFFFF00)];

        public bool Matches(RuleEvent evt)
        {
            if (!evt["eventName"].ValueEquals("GetSecretValue"u8)
                || !EventText.TryGetIPv4(evt["sourceIPAddress"], out var address))
            {
                return false;
            }

            foreach (var (network, mask) in Corporate)
            {
                if ((address & mask) == network)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>An API call from a penetration-testing distribution, by its user agent.</summary>
    public sealed class PentestUserAgent : IRule
    {
        public bool Matches(RuleEvent evt) =>
            EventText.ContainsAnyIgnoreCase(evt["userAgent"], ["kali", "parrot", "pentoo"]);
    }

    /// <summary>Access denied to a human on a sensitive service.</summary>
    public sealed class SensitiveAccessDenied : IRule
    {
        public bool Matches(RuleEvent evt)
        {
            var error = evt["errorCode"];
            if (!error.ValueEquals("AccessDenied"u8) && !error.ValueEquals("UnauthorizedOperation"u8)
                && !error.ValueEquals("Client.UnauthorizedOperation"u8))
            {
                return false;
            }

            var source = evt["eventSource"];
            return (source.ValueEquals("iam.amazonaws.com"u8) || source.ValueEquals("kms.amazonaws.com"u8)
                    || source.ValueEquals("secretsmanager.amazonaws.com"u8)
                    || source.ValueEquals("cloudtrail.amazonaws.com"u8))
                && !evt.Get("userIdentity", "type").ValueEquals("AWSService"u8);
        }
    }

    /// <summary>A RunInstances call asking for more than 50 instances at once.</summary>
    public sealed class LargeRunInstances : IRule
    {
        private static readonly EventPath MaxCount =
            EventPath.Parse("requestParameters.instancesSet.items[*].maxCount");

        public bool Matches(RuleEvent evt) =>
            evt["eventName"].ValueEquals("RunInstances"u8)
            && MaxCount.Any(evt, 50.0, static (count, limit) => count.Kind is JsonValueKind.Number
                or JsonValueKind.String && count.TryGetDouble(out var value) && value > limit);
    }

    /// <summary>A write call made through the break-glass role.</summary>
    public sealed class BreakGlassWrite : IRule
    {
        public bool Matches(RuleEvent evt) =>
            EventText.EqualsIgnoreCase(evt.Get("userIdentity", "sessionContext", "sessionIssuer", "userName"),
                "BREAK-GLASS")
            && evt["readOnly"].TryGetBoolean(out var readOnly) && !readOnly
            && !EventText.StartsWith(evt["eventName"], "Describe"u8);
    }
}
