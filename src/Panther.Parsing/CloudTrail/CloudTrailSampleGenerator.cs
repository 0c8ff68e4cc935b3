using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.CloudTrail;

/// <summary>
/// Made-up CloudTrail API activity with the variety of real trails: several identity types (IAM users, assumed
/// roles with session issuers, root, AWS services, web identity federation), read and write calls across services,
/// access-denied errors, resources, TLS details, and now and then a very large request (many instances, a long
/// policy document).
/// </summary>
public sealed class CloudTrailSampleGenerator : ISampleGenerator
{
    private static readonly DateTime Start = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-south-1"];

    private static readonly string[] Accounts = ["111122223333", "444455556666", "777788889999"];

    private static readonly string[] Users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"];

    private static readonly string[] Roles = ["ci-deploy", "audit-readonly", "data-pipeline", "break-glass"];

    private static readonly string[] Agents =
    [
        "aws-cli/2.15.30 Python/3.11.8 Linux/6.1.0 exe/x86_64.debian.12",
        "Boto3/1.34.50 md/Botocore#1.34.50 ua/2.0 os/linux#6.1.0 lang/python#3.12.2",
        "aws-sdk-go-v2/1.25.2 os/linux lang/go#1.22.1 md/GOOS#linux api/ec2#1.150.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36",
        "console.amazonaws.com",
    ];

    private static readonly (string Source, string Name, bool ReadOnly)[] Calls =
    [
        ("s3.amazonaws.com", "GetObject", true),
        ("s3.amazonaws.com", "PutObject", false),
        ("s3.amazonaws.com", "ListBuckets", true),
        ("s3.amazonaws.com", "PutBucketPolicy", false),
        ("ec2.amazonaws.com", "DescribeInstances", true),
        ("ec2.amazonaws.com", "RunInstances", false),
        ("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress", false),
        ("iam.amazonaws.com", "CreateUser", false),
        ("iam.amazonaws.com", "AttachUserPolicy", false),
        ("iam.amazonaws.com", "CreateAccessKey", false),
        ("sts.amazonaws.com", "AssumeRole", true),
        ("sts.amazonaws.com", "GetCallerIdentity", true),
        ("kms.amazonaws.com", "Decrypt", true),
        ("cloudtrail.amazonaws.com", "StopLogging", false),
        ("signin.amazonaws.com", "ConsoleLogin", false),
        ("secretsmanager.amazonaws.com", "GetSecretValue", true),
        ("lambda.amazonaws.com", "Invoke", false),
    ];

    /// <inheritdoc />
    public string LogType => CloudTrailLogTypes.CloudTrail.Name;

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var (source, name, readOnly) = Calls[random.Next(Calls.Length)];
        var account = Accounts[random.Next(Accounts.Length)];
        var region = Regions[random.Next(Regions.Length)];
        var time = Start.AddSeconds(index * 3 + random.Next(3));
        var failed = random.Next(10) == 0;

        writer.WriteStartObject();
        writer.WriteString("eventVersion", "1.09");
        WriteIdentity(writer, random, account);
        writer.WriteString("eventTime", time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        writer.WriteString("eventSource", source);
        writer.WriteString("eventName", name);
        writer.WriteString("awsRegion", region);
        writer.WriteString("sourceIPAddress", random.Next(8) == 0 ? "AWS Internal" : Ip(random));
        writer.WriteString("userAgent", Agents[random.Next(Agents.Length)]);
        if (failed)
        {
            writer.WriteString("errorCode", "AccessDenied");
            writer.WriteString("errorMessage",
                $"User: arn:aws:iam::{account}:user/{Users[0]} is not authorized to perform: {name}");
        }

        writer.WritePropertyName("requestParameters");
        WriteRequest(writer, random, name, account, region);
        writer.WritePropertyName("responseElements");
        WriteResponse(writer, random, name, failed, account);
        writer.WriteString("requestID", Guid(random));
        writer.WriteString("eventID", Guid(random));
        writer.WriteBoolean("readOnly", readOnly);
        if (random.Next(3) == 0)
        {
            WriteResources(writer, account, region, name);
        }

        writer.WriteString("eventType", name == "ConsoleLogin" ? "AwsConsoleSignIn" : "AwsApiCall");
        writer.WriteBoolean("managementEvent", source != "s3.amazonaws.com" || name == "PutBucketPolicy");
        writer.WriteString("recipientAccountId", account);
        writer.WriteString("eventCategory", source == "s3.amazonaws.com" && readOnly ? "Data" : "Management");
        writer.WriteStartObject("tlsDetails");
        writer.WriteString("tlsVersion", random.Next(4) == 0 ? "TLSv1.2" : "TLSv1.3");
        writer.WriteString("cipherSuite", "TLS_AES_128_GCM_SHA256");
        writer.WriteString("clientProvidedHostHeader", $"{source.Split('.')[0]}.{region}.amazonaws.com");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter writer, Random random, string account)
    {
        writer.WriteStartObject("userIdentity");
        switch (random.Next(10))
        {
            case < 4:
                var user = Users[random.Next(Users.Length)];
                writer.WriteString("type", "IAMUser");
                writer.WriteString("principalId", $"AIDA{Hex(random, 16).ToUpperInvariant()}");
                writer.WriteString("arn", $"arn:aws:iam::{account}:user/{user}");
                writer.WriteString("accountId", account);
                writer.WriteString("accessKeyId", $"AKIA{Hex(random, 16).ToUpperInvariant()}");
                writer.WriteString("userName", user);
                break;
            case < 8:
                WriteAssumedRole(writer, random, account);
                break;
            case 8:
                writer.WriteString("type", "AWSService");
                writer.WriteString("invokedBy", "ec2.amazonaws.com");
                break;
            default:
                writer.WriteString("type", "Root");
                writer.WriteString("principalId", account);
                writer.WriteString("arn", $"arn:aws:iam::{account}:root");
                writer.WriteString("accountId", account);
                break;
        }

        writer.WriteEndObject();
    }

    private static void WriteAssumedRole(Utf8JsonWriter writer, Random random, string account)
    {
        var role = Roles[random.Next(Roles.Length)];
        var session = $"session-{random.Next(10_000)}";
        var roleId = $"AROA{Hex(random, 16).ToUpperInvariant()}";
        writer.WriteString("type", "AssumedRole");
        writer.WriteString("principalId", $"{roleId}:{session}");
        writer.WriteString("arn", $"arn:aws:sts::{account}:assumed-role/{role}/{session}");
        writer.WriteString("accountId", account);
        writer.WriteString("accessKeyId", $"ASIA{Hex(random, 16).ToUpperInvariant()}");
        writer.WriteStartObject("sessionContext");
        writer.WriteStartObject("sessionIssuer");
        writer.WriteString("type", "Role");
        writer.WriteString("principalId", roleId);
        writer.WriteString("arn", $"arn:aws:iam::{account}:role/{role}");
        writer.WriteString("accountId", account);
        writer.WriteString("userName", role);
        writer.WriteEndObject();
        if (random.Next(5) == 0)
        {
            writer.WriteStartObject("webIdFederationData");
            writer.WriteString("federatedProvider", $"arn:aws:iam::{account}:oidc-provider/token.actions.example.com");
            writer.WriteStartObject("attributes");
            writer.WriteString("sub", "repo:example/app:ref:refs/heads/main");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartObject("attributes");
        writer.WriteString("creationDate", "2026-12-01T00:00:00Z");
        writer.WriteString("mfaAuthenticated", random.Next(2) == 0 ? "true" : "false");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter writer, Random random, string name, string account, string region)
    {
        switch (name)
        {
            case "GetObject" or "PutObject":
                writer.WriteStartObject();
                writer.WriteString("bucketName", $"data-{random.Next(20)}");
                writer.WriteString("key", $"exports/{random.Next(1000)}/part-{random.Next(100):D5}.parquet");
                writer.WriteString("Host", $"data-{random.Next(20)}.s3.{region}.amazonaws.com");
                writer.WriteEndObject();
                break;
            case "RunInstances":
                WriteRunInstances(writer, random);
                break;
            case "PutBucketPolicy":
                WritePolicy(writer, random, account);
                break;
            case "AuthorizeSecurityGroupIngress":
                writer.WriteStartObject();
                writer.WriteString("groupId", $"sg-{Hex(random, 17)}");
                writer.WriteStartObject("ipPermissions");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("ipProtocol", "tcp");
                writer.WriteNumber("fromPort", 22);
                writer.WriteNumber("toPort", 22);
                writer.WriteString("cidrIp", random.Next(2) == 0 ? "0.0.0.0/0" : "10.0.0.0/8");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case "CreateUser" or "AttachUserPolicy" or "CreateAccessKey":
                writer.WriteStartObject();
                writer.WriteString("userName", Users[random.Next(Users.Length)]);
                if (name == "AttachUserPolicy")
                {
                    writer.WriteString("policyArn", "arn:aws:iam::aws:policy/AdministratorAccess");
                }

                writer.WriteEndObject();
                break;
            case "AssumeRole":
                writer.WriteStartObject();
                writer.WriteString("roleArn", $"arn:aws:iam::{account}:role/{Roles[random.Next(Roles.Length)]}");
                writer.WriteString("roleSessionName", $"session-{random.Next(10_000)}");
                writer.WriteNumber("durationSeconds", 3600);
                writer.WriteEndObject();
                break;
            case "Decrypt":
                writer.WriteStartObject();
                writer.WriteStartObject("encryptionContext");
                writer.WriteString("aws:s3:arn", $"arn:aws:s3:::data-{random.Next(20)}/exports/x");
                writer.WriteEndObject();
                writer.WriteString("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteRunInstances(Utf8JsonWriter writer, Random random)
    {
        var count = random.Next(20) == 0 ? 200 : 1 + random.Next(3);
        writer.WriteStartObject();
        writer.WriteStartObject("instancesSet");
        writer.WriteStartArray("items");
        writer.WriteStartObject();
        writer.WriteString("imageId", $"ami-{Hex(random, 17)}");
        writer.WriteNumber("minCount", count);
        writer.WriteNumber("maxCount", count);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteString("instanceType", random.Next(2) == 0 ? "t3.micro" : "m6i.large");
        writer.WriteStartObject("tagSpecificationSet");
        writer.WriteStartArray("items");
        writer.WriteStartObject();
        writer.WriteString("resourceType", "instance");
        writer.WriteStartArray("tags");
        for (var i = 0; i < count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("key", $"node-{i}");
            writer.WriteString("value", $"worker-{random.Next(1000)}");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter writer, Random random, string account)
    {
        writer.WriteStartObject();
        writer.WriteString("bucketName", $"data-{random.Next(20)}");
        writer.WriteStartObject("policy");
        writer.WriteString("Version", "2012-10-17");
        writer.WriteStartArray("Statement");
        var statements = random.Next(10) == 0 ? 100 : 2;
        for (var i = 0; i < statements; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("Sid", $"Stmt{i}");
            writer.WriteString("Effect", i % 7 == 0 ? "Deny" : "Allow");
            writer.WriteStartObject("Principal");
            writer.WriteString("AWS", $"arn:aws:iam::{account}:role/{Roles[i % Roles.Length]}");
            writer.WriteEndObject();
            writer.WriteString("Action", "s3:GetObject");
            writer.WriteString("Resource", $"arn:aws:s3:::data-{i}/*");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter writer, Random random, string name, bool failed, string account)
    {
        if (failed)
        {
            writer.WriteNullValue();
            return;
        }

        switch (name)
        {
            case "ConsoleLogin":
                writer.WriteStartObject();
                writer.WriteString("ConsoleLogin", random.Next(5) == 0 ? "Failure" : "Success");
                writer.WriteEndObject();
                break;
            case "RunInstances":
                writer.WriteStartObject();
                writer.WriteString("ownerId", account);
                writer.WriteStartObject("instancesSet");
                writer.WriteStartArray("items");
                writer.WriteStartObject();
                writer.WriteString("instanceId", $"i-{Hex(random, 17)}");
                writer.WriteString("privateIpAddress", $"10.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}");
                writer.WriteString("privateDnsName", $"ip-10-0-{random.Next(256)}-{random.Next(256)}.ec2.internal");
                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            case "CreateAccessKey":
                writer.WriteStartObject();
                writer.WriteStartObject("accessKey");
                writer.WriteString("accessKeyId", $"AKIA{Hex(random, 16).ToUpperInvariant()}");
                writer.WriteString("status", "Active");
                writer.WriteEndObject();
                writer.WriteEndObject();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static void WriteResources(Utf8JsonWriter writer, string account, string region, string name)
    {
        writer.WriteStartArray("resources");
        writer.WriteStartObject();
        writer.WriteString("accountId", account);
        var type = name.StartsWith("Put", StringComparison.Ordinal) ? "AWS::S3::Bucket" : "AWS::KMS::Key";
        writer.WriteString("type", type);
        writer.WriteString("ARN", $"arn:aws:kms:{region}:{account}:key/1234abcd-12ab-34cd-56ef-1234567890ab");
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static string Ip(Random random) => random.Next(4) switch
    {
        0 => $"198.51.100.{random.Next(1, 255)}",
        1 => $"203.0.113.{random.Next(1, 255)}",
        2 => $"192.0.2.{random.Next(1, 255)}",
        _ => $"2001:db8::{random.Next(1, 0xffff):x}",
    };

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }

    private static string Hex(Random random, int length)
    {
        Span<byte> bytes = stackalloc byte[(length + 1) / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }
}
