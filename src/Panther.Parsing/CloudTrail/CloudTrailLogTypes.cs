using Panther.Schemas;
using Panther.Schemas.Envelopes;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.CloudTrail;

/// <summary>
/// The AWS CloudTrail log types: API activity (<c>AWS.CloudTrail</c>), digest files
/// (<c>AWS.CloudTrailDigest</c>) and Insights events (<c>AWS.CloudTrailInsight</c>), written with the public schema
/// API like any user schema.
/// </summary>
public static class CloudTrailLogTypes
{
    private const string UserGuide = "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/";

    private static readonly Uri RecordContents = new(UserGuide + "cloudtrail-event-reference-record-contents.html");

    /// <summary>Gets the schema of CloudTrail events, in Records files, alone, or inside EventBridge and CloudWatch
    /// Logs.</summary>
    public static LogSchema CloudTrail { get; } = new("AWS.CloudTrail")
    {
        Description = "AWS CloudTrail events: API calls, console sign-ins and service events in an AWS account.",
        ReferenceUrl = RecordContents,
        Envelopes =
        [
            Envelope.ArrayMember("Records"),
            Envelope.ObjectMember("detail", "detail-type", "source"),
            Envelope.EmbeddedJson("logEvents", "message", "messageType").SkippingWhen("messageType", "CONTROL_MESSAGE"),
        ],
        Fields =
        [
            Field.String("eventVersion") with { Description = "The version of the event format." },
            UserIdentity(),
            Field.Timestamp("eventTime", TimestampFormat.Rfc3339, isEventTime: true) with
            {
                Description = "When the request was completed, in UTC.",
            },
            Field.String("eventSource") with { Required = true, Description = "The service the request was made to." },
            Field.String("eventName") with { Required = true, Description = "The requested action." },
            Field.String("awsRegion") with { Description = "The region the request was made to." },
            Field.String("sourceIPAddress", IndicatorKind.Hostname) with
            {
                Description = "The IP address the request came from, or the service that made it.",
            },
            Field.String("userAgent") with { Description = "The agent through which the request was made." },
            Field.String("errorCode") with { Description = "The AWS service error, when the request failed." },
            Field.String("errorMessage") with { Description = "The error's description, when the request failed." },
            Untyped("requestParameters", "The parameters sent with the request; their shape depends on the API."),
            Untyped("responseElements", "The response elements of actions that change state; shape varies."),
            Untyped("additionalEventData", "More data about the event that is not part of the request or response."),
            Field.String("requestID") with { Description = "The value that identifies the request." },
            Field.String("eventID") with { Description = "The GUID CloudTrail generated for the event." },
            Field.Boolean("readOnly") with { Description = "Whether the operation only reads." },
            Field.Array("resources", FieldType.Object(
                Field.String("ARN", IndicatorKind.AwsArn),
                Field.String("accountId", IndicatorKind.AwsAccountId),
                Field.String("type"))) with
            {
                Description = "The resources accessed in the event.",
            },
            Field.String("eventType") with { Description = "AwsApiCall, AwsServiceEvent, AwsConsoleSignIn, ..." },
            Field.String("apiVersion") with { Description = "The API version of the action." },
            Field.Boolean("managementEvent") with { Description = "Whether the event is a management event." },
            Field.String("recipientAccountId", IndicatorKind.AwsAccountId) with
            {
                Description = "The account that received the event.",
            },
            Untyped("serviceEventDetails", "Details of a service event; shape depends on the service."),
            Field.String("sharedEventID") with
            {
                Description = "Shared by the copies of an event delivered to several accounts.",
            },
            Field.String("vpcEndpointId") with { Description = "The VPC endpoint the request went through." },
            Field.String("vpcEndpointAccountId", IndicatorKind.AwsAccountId) with
            {
                Description = "The account that owns the VPC endpoint.",
            },
            Field.String("eventCategory") with { Description = "Management, Data or NetworkActivity." },
            Field.Object("addendum",
                Field.String("reason"),
                Field.String("updatedFields"),
                Field.String("originalRequestID"),
                Field.String("originalEventID")) with
            {
                Description = "Why an event was delivered late or changed after delivery.",
            },
            Field.String("sessionCredentialFromConsole") with
            {
                Description = "Whether the request used credentials from a console session.",
            },
            Field.Json("edgeDeviceDetails") with { Description = "The edge device the request was made to." },
            Field.Object("tlsDetails",
                Field.String("tlsVersion"),
                Field.String("cipherSuite"),
                Field.String("clientProvidedHostHeader", IndicatorKind.Hostname)) with
            {
                Description = "TLS details of the request.",
            },
        ],
    };

    /// <summary>Gets the schema of CloudTrail digest files, which prove the integrity of delivered log files.</summary>
    public static LogSchema Digest { get; } = new("AWS.CloudTrailDigest")
    {
        Description = "AWS CloudTrail digest files: hashes and signatures of the log files delivered in an hour.",
        ReferenceUrl = new Uri(UserGuide + "cloudtrail-log-file-validation-digest-file-structure.html"),
        Fields =
        [
            Field.String("awsAccountId", IndicatorKind.AwsAccountId),
            Field.Timestamp("digestStartTime", TimestampFormat.Rfc3339) with { Required = true },
            Field.Timestamp("digestEndTime", TimestampFormat.Rfc3339, isEventTime: true) with { Required = true },
            Field.String("digestS3Bucket"),
            Field.String("digestS3Object") with { Required = true },
            Field.String("digestPublicKeyFingerprint"),
            Field.String("digestSignatureAlgorithm"),
            Field.Timestamp("newestEventTime", TimestampFormat.Rfc3339),
            Field.Timestamp("oldestEventTime", TimestampFormat.Rfc3339),
            Field.String("previousDigestS3Bucket"),
            Field.String("previousDigestS3Object"),
            Field.String("previousDigestHashValue"),
            Field.String("previousDigestHashAlgorithm"),
            Field.String("previousDigestSignature"),
            Field.Array("logFiles", FieldType.Object(
                Field.String("s3Bucket"),
                Field.String("s3Object"),
                Field.String("hashValue"),
                Field.String("hashAlgorithm"),
                Field.Timestamp("newestEventTime", TimestampFormat.Rfc3339),
                Field.Timestamp("oldestEventTime", TimestampFormat.Rfc3339))) with
            {
                Required = true,
            },
        ],
    };

    /// <summary>Gets the schema of CloudTrail Insights events, which flag unusual API activity.</summary>
    public static LogSchema Insight { get; } = new("AWS.CloudTrailInsight")
    {
        Description = "AWS CloudTrail Insights events: unusual rates of API calls or errors in an account.",
        ReferenceUrl = new Uri(UserGuide + "logging-insights-events-with-cloudtrail.html"),
        Fields =
        [
            Field.String("eventVersion"),
            Field.Timestamp("eventTime", TimestampFormat.Rfc3339, isEventTime: true),
            Field.String("awsRegion"),
            Field.String("eventID"),
            Field.String("eventType") with { Required = true, AllowedValues = ["AwsCloudTrailInsight"] },
            Field.String("recipientAccountId", IndicatorKind.AwsAccountId),
            Field.String("sharedEventID"),
            Field.Json("insightDetails", CloudTrailIndicators.UntypedMemberRules) with { Required = true },
            Field.String("eventCategory") with { Required = true, AllowedValues = ["Insight"] },
        ],
    };

    /// <summary>Gets the three CloudTrail log types.</summary>
    public static IReadOnlyList<LogSchema> All { get; } = [CloudTrail, Digest, Insight];

    private static SchemaField Untyped(string name, string description) =>
        Field.Json(name, CloudTrailIndicators.UntypedMemberRules) with { Description = description };

    private static SchemaField UserIdentity() =>
        Field.Object("userIdentity",
            Field.String("type"),
            Field.String("principalId"),
            Field.String("arn", IndicatorKind.AwsArn),
            Field.String("accountId", IndicatorKind.AwsAccountId),
            Field.String("accessKeyId"),
            Field.String("userName", IndicatorKind.Username),
            Field.String("invokedBy", IndicatorKind.Hostname),
            Field.String("credentialId"),
            Field.String("identityProvider"),
            Field.Object("sessionContext",
                Field.Object("attributes",
                    Field.Timestamp("creationDate", TimestampFormat.Rfc3339),
                    Field.Boolean("mfaAuthenticated")),
                Field.Object("sessionIssuer",
                    Field.String("type"),
                    Field.String("principalId"),
                    Field.String("arn", IndicatorKind.AwsArn),
                    Field.String("accountId", IndicatorKind.AwsAccountId),
                    Field.String("userName", IndicatorKind.Username)),
                Field.Json("webIdFederationData", CloudTrailIndicators.UntypedMemberRules),
                Field.String("sourceIdentity", IndicatorKind.Username),
                Field.Json("ec2RoleDelivery"),
                Field.Json("assumedRoot")),
            Field.Object("onBehalfOf",
                Field.String("userId"),
                Field.String("identityStoreArn", IndicatorKind.AwsArn)),
            Field.Json("inScopeOf", CloudTrailIndicators.UntypedMemberRules)) with
        {
            Description = "Who made the request and with which credentials.",
        };
}
