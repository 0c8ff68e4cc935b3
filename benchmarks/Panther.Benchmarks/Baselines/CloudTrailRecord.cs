using System.Text.Json;

namespace Panther.Benchmarks.Baselines;

/// <summary>The plain classes a C# developer writes to read CloudTrail with JsonSerializer.</summary>
public sealed class CloudTrailRecord
{
    public string? EventVersion { get; set; }

    public CloudTrailIdentity? UserIdentity { get; set; }

    public DateTimeOffset? EventTime { get; set; }

    public string? EventSource { get; set; }

    public string? EventName { get; set; }

    public string? AwsRegion { get; set; }

    public string? SourceIPAddress { get; set; }

    public string? UserAgent { get; set; }

    public string? ErrorCode { get; set; }

    public string? ErrorMessage { get; set; }

    public JsonElement? RequestParameters { get; set; }

    public JsonElement? ResponseElements { get; set; }

    public JsonElement? AdditionalEventData { get; set; }

    public string? RequestId { get; set; }

    public string? EventId { get; set; }

    public bool? ReadOnly { get; set; }

    public List<CloudTrailResource>? Resources { get; set; }

    public string? EventType { get; set; }

    public bool? ManagementEvent { get; set; }

    public string? RecipientAccountId { get; set; }

    public string? EventCategory { get; set; }

    public Dictionary<string, string>? TlsDetails { get; set; }
}

/// <summary>The identity part of <see cref="CloudTrailRecord"/>.</summary>
public sealed class CloudTrailIdentity
{
    public string? Type { get; set; }

    public string? PrincipalId { get; set; }

    public string? Arn { get; set; }

    public string? AccountId { get; set; }

    public string? AccessKeyId { get; set; }

    public string? UserName { get; set; }

    public string? InvokedBy { get; set; }

    public JsonElement? SessionContext { get; set; }
}

/// <summary>A resource of <see cref="CloudTrailRecord"/>.</summary>
public sealed class CloudTrailResource
{
    public string? Arn { get; set; }

    public string? AccountId { get; set; }

    public string? Type { get; set; }
}
