using Microsoft.Extensions.Time.Testing;
using Panther.Rules.Alerts;
using Panther.Rules.Evaluation;

namespace Panther.Rules.Tests.Alerts;

public sealed class AlertDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Matches_with_the_same_dedup_key_in_the_period_form_one_alert()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule();

        var first = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        _time.Advance(TimeSpan.FromMinutes(59));
        var second = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");

        Assert.True(first.IsNew);
        Assert.True(first.Raised);
        Assert.False(second.IsNew);
        Assert.False(second.Raised);
        Assert.Equal(first.Alert.Id, second.Alert.Id);
        Assert.Equal(2, second.Alert.EventCount);
        Assert.Equal(first.Alert.CreationTime, second.Alert.CreationTime);
        Assert.Equal(first.Alert.CreationTime.AddMinutes(59), second.Alert.UpdateTime);
    }

    [Fact]
    public void The_period_is_a_fixed_window_from_the_first_match()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule();

        var first = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        _time.Advance(TimeSpan.FromMinutes(40));
        dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        _time.Advance(TimeSpan.FromMinutes(21));
        var third = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");

        Assert.True(third.IsNew);
        Assert.NotEqual(first.Alert.Id, third.Alert.Id);
        Assert.Equal(1, third.Alert.EventCount);
    }

    [Fact]
    public void Different_dedup_keys_form_different_alerts()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule();

        var alice = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        var bob = dedup.Add(Match(rule, "bob"), "AWS.CloudTrail");

        Assert.True(bob.IsNew);
        Assert.NotEqual(alice.Alert.Id, bob.Alert.Id);
    }

    [Fact]
    public void An_alert_is_raised_once_when_its_event_count_reaches_the_threshold()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule(threshold: 3);

        var raised = Enumerable.Range(0, 5).Select(_ => dedup.Add(Match(rule, "alice"), "AWS.CloudTrail").Raised)
            .ToList();

        Assert.Equal([false, false, true, false, false], raised);
    }

    [Fact]
    public void Rule_errors_group_apart_from_matches_and_ignore_the_threshold()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule(threshold: 10);
        var error = RuleEvaluator.ErrorResult(rule, "rule", new InvalidOperationException("boom")) with
        {
            DedupKey = "alice",
        };

        var match = dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        var failure = dedup.Add(error, "AWS.CloudTrail");

        Assert.False(match.Raised);
        Assert.True(failure.Raised);
        Assert.Equal(AlertType.RuleError, failure.Alert.Type);
        Assert.NotEqual(match.Alert.Id, failure.Alert.Id);
        Assert.Contains("boom", failure.Alert.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Alert_ids_are_deterministic_and_count_alerts_per_key()
    {
        var first = AlertDeduplicator.ComputeAlertId("Rule.Id", 1, "alice", isError: false);

        Assert.Equal(first, AlertDeduplicator.ComputeAlertId("Rule.Id", 1, "alice", isError: false));
        Assert.NotEqual(first, AlertDeduplicator.ComputeAlertId("Rule.Id", 2, "alice", isError: false));
        Assert.NotEqual(first, AlertDeduplicator.ComputeAlertId("Rule.Id", 1, "alice", isError: true));
        Assert.Equal(32, first.Length);
        Assert.Equal("e19e4d61d8bde8bf96aead1f715bfeba", first);
    }

    [Fact]
    public void An_alert_carries_the_rule_metadata_and_the_log_types_of_its_events()
    {
        var dedup = new AlertDeduplicator(timeProvider: _time);
        var rule = Rule() with { Spec = Rule().Spec with { LogTypes = ["AWS.CloudTrail", "Okta.SystemLog"] } };

        dedup.Add(Match(rule, "alice"), "AWS.CloudTrail");
        var update = dedup.Add(Match(rule, "alice"), "Okta.SystemLog");

        Assert.Equal(["AWS.CloudTrail", "Okta.SystemLog"], update.Alert.LogTypes);
        Assert.Equal(["test"], update.Alert.Tags);
        Assert.Equal("Test.Rule", update.Alert.RuleId);
        Assert.Equal(Severity.Medium, update.Alert.Severity);
    }

    [Fact]
    public async Task A_file_store_keeps_alerts_grouping_across_restarts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"panther-alert-state-{Guid.NewGuid():N}.json");
        try
        {
            var rule = Rule();
            AlertUpdate first;
            using (var store = new FileAlertStateStore(path, _time))
            {
                first = new AlertDeduplicator(store, _time).Add(Match(rule, "alice"), "AWS.CloudTrail");
                await store.FlushAsync();
            }

            _time.Advance(TimeSpan.FromMinutes(5));
            using var reopened = new FileAlertStateStore(path, _time);
            var second = new AlertDeduplicator(reopened, _time).Add(Match(rule, "alice"), "AWS.CloudTrail");

            Assert.False(second.IsNew);
            Assert.Equal(first.Alert.Id, second.Alert.Id);
            Assert.Equal(2, second.Alert.EventCount);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.*.tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_corrupt_state_file_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"panther-alert-state-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{not json");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new FileAlertStateStore(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("[null]")]
    [InlineData("[{}]")]
    [InlineData("{\"keys\":5}")]
    [InlineData("[1,2]")]
    public void A_state_file_with_the_wrong_shape_is_a_clear_error(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"panther-alert-state-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => new FileAlertStateStore(path));

            Assert.Contains("not an alert state file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_folder_as_the_state_path_is_refused_when_the_store_opens()
    {
        var folder = Directory.CreateTempSubdirectory("panther-alert-state-").FullName;
        try
        {
            var error = Assert.Throws<IOException>(() => new FileAlertStateStore(folder));

            Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static RuleDefinition Rule(int threshold = 1) =>
        new(TestRules.Spec(threshold: threshold), new TestRules.EventNameRule("x"));

    private static RuleResult Match(RuleDefinition rule, string dedup) => new()
    {
        Rule = rule,
        Title = $"title {dedup}",
        DedupKey = dedup,
        Severity = rule.Spec.Severity,
    };
}
