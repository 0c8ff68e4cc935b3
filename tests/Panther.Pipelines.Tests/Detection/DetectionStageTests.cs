using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Detection;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Rules.Specs;

namespace Panther.Pipelines.Tests.Detection;

public sealed class DetectionStageTests
{
    private static readonly string[] Lines =
    [
        Line("ConsoleLogin", "alice"),
        Line("GetObject", "alice"),
        Line("ConsoleLogin", "bob"),
        Line("ConsoleLogin", "alice"),
    ];

    [Fact]
    public async Task Matches_go_to_the_sink_with_their_alert_and_alerts_are_snapshotted_on_flush()
    {
        var sink = new RecordingSink();
        var stage = new DetectionStage(Rules(new LoginRule()), new AlertDeduplicator());

        await stage.ProcessAsync(Parse(Lines), sink, CancellationToken.None);
        await stage.FlushAsync(sink, CancellationToken.None);

        Assert.Equal(3, sink.Matches.Count);
        Assert.All(sink.Matches, match => Assert.Equal("Login.Rule", match.Match.RuleId));
        Assert.Equal(sink.Matches[0].Match.AlertId, sink.Matches[2].Match.AlertId);
        Assert.NotEqual(sink.Matches[0].Match.AlertId, sink.Matches[1].Match.AlertId);
        Assert.Contains("\"bob\"", sink.Matches[1].EventJson, StringComparison.Ordinal);
        Assert.Equal(["aws"], sink.Matches[0].Match.Tags);
        Assert.Equal(2, sink.Alerts.Count);
        var alice = sink.Alerts.Single(alert => alert.Dedup == "alice");
        Assert.Equal(2, alice.EventCount);
        Assert.True(alice.Raised);
        Assert.Equal("HIGH", alice.Severity);
        Assert.Equal(["AWS.CloudTrail"], alice.LogTypes);
        Assert.Equal(3, stage.Summary.Matches);
        Assert.Equal(2, stage.Summary.AlertsRaised);
    }

    [Fact]
    public async Task A_failing_rule_becomes_rule_error_rows_and_the_other_rules_still_match()
    {
        var sink = new RecordingSink();
        var stage = new DetectionStage(Rules(new LoginRule(), new BrokenRule()), new AlertDeduplicator());

        await stage.ProcessAsync(Parse(Lines), sink, CancellationToken.None);
        await stage.FlushAsync(sink, CancellationToken.None);

        Assert.Equal(3, sink.Matches.Count(match => match.Match.Error is null));
        var errors = sink.Matches.Where(match => match.Match.Error is not null).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains("cannot read", errors[0].Match.Error, StringComparison.Ordinal);
        Assert.Equal(4, stage.Summary.RuleErrors);
        Assert.Contains(sink.Alerts, alert => alert.Type == "RULE_ERROR" && alert.EventCount == 4);
    }

    [Fact]
    public async Task Raised_alerts_are_sent_and_a_failed_delivery_is_quarantined_with_the_alert()
    {
        var sink = new RecordingSink();
        var quarantined = new List<QuarantinedRecord>();
        var delivered = new RecordingDestination("good", fail: false);
        var failing = new RecordingDestination("down", fail: true);
        var dispatcher = new AlertDispatcher(new AlertRouter([delivered, failing]));
        var stage = new DetectionStage(Rules(new LoginRule()), new AlertDeduplicator(), dispatcher,
            (record, _) =>
            {
                quarantined.Add(record);
                return ValueTask.CompletedTask;
            });

        await stage.ProcessAsync(Parse(Lines), sink, CancellationToken.None);

        Assert.Equal(["alice", "bob"], delivered.Sent.Select(alert => alert.DedupKey));
        Assert.Equal(2, stage.Summary.DeliveryFailures);
        Assert.Equal(2, quarantined.Count);
        Assert.Equal("alert-delivery:down", quarantined[0].Source);
        Assert.Contains("was not delivered to down", quarantined[0].Reason, StringComparison.Ordinal);
        Assert.Contains("\"dedup\":\"alice\"", Encoding.UTF8.GetString(quarantined[0].Data.Span),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_below_its_threshold_is_stored_but_not_sent()
    {
        var sink = new RecordingSink();
        var destination = new RecordingDestination("good", fail: false);
        var stage = new DetectionStage(Rules(new LoginRule(), threshold: 3), new AlertDeduplicator(),
            new AlertDispatcher(new AlertRouter([destination])));

        await stage.ProcessAsync(Parse(Lines), sink, CancellationToken.None);
        await stage.FlushAsync(sink, CancellationToken.None);

        Assert.Empty(destination.Sent);
        Assert.All(sink.Alerts, alert => Assert.False(alert.Raised));
        Assert.Equal(0, stage.Summary.AlertsRaised);
    }

    [Fact]
    public async Task An_alert_summary_covers_its_events_across_runs_and_goes_with_the_alert()
    {
        var state = Path.Combine(Path.GetTempPath(), $"panther-alert-state-{Guid.NewGuid():N}.json");
        string[] attributes = ["eventName", "userIdentity.userName"];
        try
        {
            var first = new RecordingDestination("good", fail: false);
            var firstSink = new RecordingSink();
            var firstStage = new DetectionStage(Rules(new EveryEventRule(), summaryAttributes: attributes),
                new AlertDeduplicator(new FileAlertStateStore(state)), new AlertDispatcher(new AlertRouter([first])));
            await firstStage.ProcessAsync(Parse(Lines[..2]), firstSink, CancellationToken.None);
            await firstStage.FlushAsync(firstSink, CancellationToken.None);

            var secondSink = new RecordingSink();
            var secondStage = new DetectionStage(Rules(new EveryEventRule(), summaryAttributes: attributes),
                new AlertDeduplicator(new FileAlertStateStore(state)));
            await secondStage.ProcessAsync(Parse(Lines[2..]), secondSink, CancellationToken.None);
            await secondStage.FlushAsync(secondSink, CancellationToken.None);

            var sent = Assert.Single(first.Sent);
            Assert.Equal("2 events: ConsoleLogin:1, GetObject:1", Summary(sent.SummaryJson, "eventName"));
            var latest = Assert.Single(secondSink.Alerts);
            Assert.Equal(sent.Id, latest.AlertId);
            Assert.Equal(4, latest.EventCount);
            Assert.Equal("4 events: ConsoleLogin:3, GetObject:1", Summary(latest.SummaryJson, "eventName"));
            Assert.Equal("4 events: alice:3, bob:1", Summary(latest.SummaryJson, "userIdentity.userName"));
        }
        finally
        {
            File.Delete(state);
        }
    }

    private static string Summary(string? json, string attribute)
    {
        Assert.NotNull(json);
        var root = System.Text.Json.JsonDocument.Parse(json).RootElement;
        var values = root.GetProperty("attributes").GetProperty(attribute).EnumerateArray()
            .Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count")}");
        return $"{root.GetProperty("events")} events: {string.Join(", ", values)}";
    }

    private static RuleSet Rules(IRule first, IRule? second = null, int threshold = 1,
        IReadOnlyList<string>? summaryAttributes = null)
    {
        var spec = new RuleSpec
        {
            Id = "Login.Rule",
            LogTypes = ["AWS.CloudTrail"],
            Severity = Severity.High,
            Threshold = threshold,
            Tags = ["aws"],
            SummaryAttributes = summaryAttributes ?? [],
        };
        var rules = new List<RuleDefinition> { new(spec, first) };
        if (second is not null)
        {
            rules.Add(new RuleDefinition(spec with { Id = "Broken.Rule" }, second));
        }

        return new RuleSet(rules);
    }

    private static EventBatch Parse(IEnumerable<string> lines)
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var line = 0;
        foreach (var text in lines)
        {
            line++;
            parser.Parse(Encoding.UTF8.GetBytes(text), new LogSource("test.jsonl"), new RecordPosition(line, line, 0),
                batch);
        }

        Assert.Equal(lines.Count(), batch.Count);
        return batch;
    }

    private static string Line(string eventName, string user) =>
        "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-12-03T15:04:05Z\",\"eventSource\":\"signin.amazonaws.com\","
        + $"\"eventName\":\"{eventName}\",\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsConsoleSignIn\","
        + $"\"userIdentity\":{{\"type\":\"IAMUser\",\"userName\":\"{user}\"}}}}";

    private sealed class LoginRule : IRule
    {
        public bool Matches(RuleEvent evt) => evt["eventName"].ValueEquals("ConsoleLogin");

        public string? Dedup(RuleEvent evt) => evt.Get("userIdentity", "userName").GetString();
    }

    private sealed class EveryEventRule : IRule
    {
        public bool Matches(RuleEvent evt) => true;

        public string? Dedup(RuleEvent evt) => "everyone";
    }

    private sealed class BrokenRule : IRule
    {
        public bool Matches(RuleEvent evt) => throw new InvalidOperationException("cannot read the event");
    }

    private sealed class RecordingDestination(string id, bool fail) : IAlertDestination
    {
        public string Id { get; } = id;

        public string Name { get; } = id;

        public IReadOnlySet<Severity> DefaultSeverities { get; } = new HashSet<Severity>(Enum.GetValues<Severity>());

        public IReadOnlySet<AlertType> AlertTypes { get; } = new HashSet<AlertType>(Enum.GetValues<AlertType>());

        public List<Alert> Sent { get; } = [];

        public Task SendAsync(Alert alert, CancellationToken cancellationToken)
        {
            if (fail)
            {
                throw new HttpRequestException("destination is down");
            }

            Sent.Add(alert);
            return Task.CompletedTask;
        }
    }
}
