namespace Panther.Parsing.Tests;

/// <summary>Small CloudTrail events written for tests.</summary>
internal static class CloudTrailText
{
    public static string Event(string name, string time = "2026-12-01T10:00:00Z", string extra = "") =>
        $$"""{"eventVersion":"1.08","eventTime":"{{time}}","eventSource":"iam.amazonaws.com","eventName":"{{name}}","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.1"{{extra}}}""";

    public static string Records(params string[] events) => $$"""{"Records":[{{string.Join(",", events)}}]}""";
}
