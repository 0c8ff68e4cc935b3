namespace Panther.Benchmarks.Rules;

/// <summary>
/// Ten CloudTrail detections of the kind every AWS deployment runs, each as a simple detection, a JavaScript rule
/// and a C# rule. Together they exercise equality, <c>IsIn</c> lists, nested keys, <c>[*]</c> wildcards, numbers,
/// IPv4 CIDR checks, case-insensitive text and negations.
/// </summary>
public static class CloudTrailRules
{
    /// <summary>Gets the ten rules.</summary>
    public static IReadOnlyList<BenchmarkRule> All { get; } =
    [
        new("Bench.RootConsoleLogin", "High",
            """
            Detection:
              - Key: eventName
                Condition: Equals
                Value: ConsoleLogin
              - DeepKey: [userIdentity, type]
                Condition: Equals
                Value: Root
              - KeyPath: responseElements.ConsoleLogin
                Condition: Equals
                Value: Success
            """,
            """
            function rule(event) {
              return event.eventName === 'ConsoleLogin'
                && deep_get(event, 'userIdentity', 'type') === 'Root'
                && deep_get(event, 'responseElements', 'ConsoleLogin') === 'Success';
            }
            """,
            new CSharpRules.RootConsoleLogin()),

        new("Bench.CloudTrailStopped", "High",
            """
            Detection:
              - Key: eventSource
                Condition: Equals
                Value: cloudtrail.amazonaws.com
              - Key: eventName
                Condition: IsIn
                Values: [StopLogging, DeleteTrail, UpdateTrail, PutEventSelectors]
              - Key: errorCode
                Condition: IsNull
            """,
            """
            const CHANGES = new Set(['StopLogging', 'DeleteTrail', 'UpdateTrail', 'PutEventSelectors']);

            function rule(event) {
              return event.eventSource === 'cloudtrail.amazonaws.com'
                && CHANGES.has(event.eventName)
                && event.errorCode == null;
            }
            """,
            new CSharpRules.CloudTrailStopped()),

        new("Bench.SecurityGroupOpenToWorld", "Medium",
            """
            Detection:
              - Key: eventName
                Condition: IsIn
                Values: [AuthorizeSecurityGroupIngress, ModifySecurityGroupRules]
              - KeyPath: requestParameters.ipPermissions.items[*].cidrIp
                Condition: Equals
                Value: 0.0.0.0/0
            """,
            """
            function rule(event) {
              if (event.eventName !== 'AuthorizeSecurityGroupIngress'
                  && event.eventName !== 'ModifySecurityGroupRules') {
                return false;
              }
              const items = deep_get(event, 'requestParameters', 'ipPermissions', 'items');
              return Array.isArray(items) && items.some(item => item != null && item.cidrIp === '0.0.0.0/0');
            }
            """,
            new CSharpRules.SecurityGroupOpenToWorld()),

        new("Bench.KmsKeyDeletion", "High",
            """
            Detection:
              - Key: eventSource
                Condition: Equals
                Value: kms.amazonaws.com
              - Key: eventName
                Condition: IsIn
                Values: [ScheduleKeyDeletion, DisableKey]
            """,
            """
            function rule(event) {
              return event.eventSource === 'kms.amazonaws.com'
                && (event.eventName === 'ScheduleKeyDeletion' || event.eventName === 'DisableKey');
            }
            """,
            new CSharpRules.KmsKeyDeletion()),

        new("Bench.AdminPolicyAttached", "High",
            """
            Detection:
              - Key: eventName
                Condition: IsIn
                Values: [AttachUserPolicy, AttachRolePolicy, AttachGroupPolicy]
              - KeyPath: requestParameters.policyArn
                Condition: EndsWith
                Value: /AdministratorAccess
            """,
            """
            const ATTACH = ['AttachUserPolicy', 'AttachRolePolicy', 'AttachGroupPolicy'];

            function rule(event) {
              const arn = deep_get(event, 'requestParameters', 'policyArn');
              return ATTACH.includes(event.eventName) && typeof arn === 'string'
                && arn.endsWith('/AdministratorAccess');
            }
            """,
            new CSharpRules.AdminPolicyAttached()),

        new("Bench.SecretReadFromOutside", "Medium",
            """
            Detection:
              - Key: eventName
                Condition: Equals
                Value: GetSecretValue
              - Key: sourceIPAddress
                Condition: IsIPv4Address
              - Key: sourceIPAddress
                Condition: IsIPAddressNotInCIDR
                Values: [10.0.0.0/8, 172.16.0.0/12, 198.51.100.0/24]
            """,
            """
            const CORPORATE = [['10.0.0.0', 8], ['172.16.0.0', 12], ['198.51.100.0', 24]]
              .map(([network, prefix]) => [ipv4(network), prefix]);

            function ipv4(text) {
              const parts = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
              if (parts === null) {
                return null;
              }
              let address = 0;
              for (let i = 1; i <= 4; i++) {
                if (parts[i].length > 1 && parts[i][0] === '0') {
                  return null;
                }
                const part = Number(parts[i]);
                if (part > 255) {
                  return null;
                }
                address = address * 256 + part;
              }
              return address;
            }

            function inNetwork(address, network, prefix) {
              const size = 2 ** (32 - prefix);
              return Math.floor(address / size) === Math.floor(network / size);
            }

            function rule(event) {
              if (event.eventName !== 'GetSecretValue' || typeof event.sourceIPAddress !== 'string') {
                return false;
              }
              const address = ipv4(event.sourceIPAddress);
              return address !== null && !CORPORATE.some(([network, prefix]) => inNetwork(address, network, prefix));
            }
            """,
            new CSharpRules.SecretReadFromOutside()),

        new("Bench.PentestUserAgent", "Medium",
            """
            Detection:
              - Any:
                  - Key: userAgent
                    Condition: IContains
                    Value: kali
                  - Key: userAgent
                    Condition: IContains
                    Value: parrot
                  - Key: userAgent
                    Condition: IContains
                    Value: pentoo
            """,
            """
            const DISTRIBUTIONS = ['kali', 'parrot', 'pentoo'];

            function rule(event) {
              if (typeof event.userAgent !== 'string') {
                return false;
              }
              const agent = event.userAgent.toLowerCase();
              return DISTRIBUTIONS.some(name => agent.includes(name));
            }
            """,
            new CSharpRules.PentestUserAgent()),

        new("Bench.SensitiveAccessDenied", "Low",
            """
            Detection:
              - Key: errorCode
                Condition: IsIn
                Values: [AccessDenied, UnauthorizedOperation, Client.UnauthorizedOperation]
              - Key: eventSource
                Condition: IsIn
                Values: [iam.amazonaws.com, kms.amazonaws.com, secretsmanager.amazonaws.com, cloudtrail.amazonaws.com]
              - KeyPath: userIdentity.type
                Condition: DoesNotEqual
                Value: AWSService
            """,
            """
            const DENIED = new Set(['AccessDenied', 'UnauthorizedOperation', 'Client.UnauthorizedOperation']);
            const SENSITIVE = new Set([
              'iam.amazonaws.com', 'kms.amazonaws.com', 'secretsmanager.amazonaws.com', 'cloudtrail.amazonaws.com',
            ]);

            function rule(event) {
              return DENIED.has(event.errorCode) && SENSITIVE.has(event.eventSource)
                && deep_get(event, 'userIdentity', 'type') !== 'AWSService';
            }
            """,
            new CSharpRules.SensitiveAccessDenied()),

        new("Bench.LargeRunInstances", "Medium",
            """
            Detection:
              - Key: eventName
                Condition: Equals
                Value: RunInstances
              - KeyPath: requestParameters.instancesSet.items[*].maxCount
                Condition: IsGreaterThan
                Value: 50
            """,
            """
            function rule(event) {
              if (event.eventName !== 'RunInstances') {
                return false;
              }
              const items = deep_get(event, 'requestParameters', 'instancesSet', 'items');
              return Array.isArray(items) && items.some(item => item != null && Number(item.maxCount) > 50);
            }
            """,
            new CSharpRules.LargeRunInstances()),

        new("Bench.BreakGlassWrite", "High",
            """
            Detection:
              - DeepKey: [userIdentity, sessionContext, sessionIssuer, userName]
                Condition: IEquals
                Value: BREAK-GLASS
              - Key: readOnly
                Condition: Equals
                Value: false
              - Key: eventName
                Condition: DoesNotStartWith
                Value: Describe
            """,
            """
            function rule(event) {
              const role = deep_get(event, 'userIdentity', 'sessionContext', 'sessionIssuer', 'userName');
              return typeof role === 'string' && role.toLowerCase() === 'break-glass'
                && (event.readOnly === false || event.readOnly === 'false')
                && !(typeof event.eventName === 'string' && event.eventName.startsWith('Describe'));
            }
            """,
            new CSharpRules.BreakGlassWrite()),
    ];
}
