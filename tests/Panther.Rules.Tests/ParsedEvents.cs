using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;

namespace Panther.Rules.Tests;

/// <summary>Parses log lines with the built-in log types, for tests that need real normalized events.</summary>
internal static class ParsedEvents
{
    public const string CloudTrailLogin = """
        {"eventVersion":"1.08","eventTime":"2026-12-03T15:04:05Z","eventSource":"signin.amazonaws.com",
        "eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"198.51.100.7",
        "eventType":"AwsConsoleSignIn","recipientAccountId":"123456789012",
        "userIdentity":{"type":"Root","arn":"arn:aws:iam::123456789012:root","accountId":"123456789012"},
        "responseElements":{"ConsoleLogin":"Success"}}
        """;

    /// <summary>Parses one line; the batch keeps the event alive.</summary>
    public static (EventBatch Batch, NormalizedEvent Event) Parse(string line)
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var bytes = Encoding.UTF8.GetBytes(line.ReplaceLineEndings(""));
        parser.Parse(bytes, new LogSource("test"), new RecordPosition(1, 1, 0), batch);
        Assert.True(batch.Count == 1, string.Join("; ", batch.Quarantined.Select(q => q.Reason)));
        return (batch, batch[0]);
    }
}
