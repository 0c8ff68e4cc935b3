using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Detection;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Evaluation;
using Panther.Rules.Specs;

namespace Panther.Pipelines.Tests.Detection;

public sealed class SignalRuleTests
{
    [Fact]
    public async Task A_rule_with_CreateAlert_false_records_matches_without_alerts()
    {
        var spec = RuleSpecReader.Read("""
            AnalysisType: rule
            RuleID: Login.Signal
            LogTypes: [AWS.CloudTrail]
            CreateAlert: false
            Detection:
              - KeyPath: eventName
                Condition: Equals
                Value: ConsoleLogin
            """, "signal.yml", out _)!;
        var rules = new RuleSet([new RuleDefinition(spec, Rules.Detections.SimpleDetectionCompiler.Compile(spec))]);
        var sink = new RecordingSink();
        var stage = new DetectionStage(rules, new AlertDeduplicator());

        await stage.ProcessAsync(Parse(), sink, CancellationToken.None);
        await stage.FlushAsync(sink, CancellationToken.None);

        Assert.False(spec.CreateAlert);
        var match = Assert.Single(sink.Matches);
        Assert.Equal("Login.Signal", match.Match.RuleId);
        Assert.Null(match.Match.AlertId);
        Assert.Null(match.Match.AlertCreationTime);
        Assert.Empty(sink.Alerts);
        Assert.Equal(1, stage.Summary.Matches);
        Assert.Equal(0, stage.Summary.AlertsCreated);
    }

    private static EventBatch Parse()
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var line = "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-12-03T15:04:05Z\","
            + "\"eventSource\":\"signin.amazonaws.com\",\"eventName\":\"ConsoleLogin\","
            + "\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsConsoleSignIn\"}";
        parser.Parse(Encoding.UTF8.GetBytes(line), new LogSource("test"), new RecordPosition(1, 1, 0), batch);
        Assert.Equal(1, batch.Count);
        return batch;
    }
}
