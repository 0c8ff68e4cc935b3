using System.Text.Json;
using Panther.Rules.Alerts;

namespace Panther.Rules.Tests.Alerts;

public sealed class AlertSummaryTests
{
    [Fact]
    public void Distinct_values_are_counted_per_attribute_with_the_event_time_range()
    {
        var summary = new AlertSummary(["sourceIPAddress", "userIdentity.userName", "resources[*].type"]);
        var start = new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);

        summary.Add(Event("198.51.100.7", "alice", """[{"type":"A"},{"type":"B"}]"""), start.AddMinutes(5));
        summary.Add(Event("198.51.100.7", "bob", """[{"type":"A"}]"""), start);
        summary.Add(Event("203.0.113.9", "alice", "[]"), start.AddMinutes(9));

        var json = JsonDocument.Parse(summary.ToJson()).RootElement;
        Assert.Equal(3, json.GetProperty("events").GetInt64());
        Assert.Equal("2026-12-03T15:00:00.0000000Z", json.GetProperty("first_event_time").GetString());
        Assert.Equal("2026-12-03T15:09:00.0000000Z", json.GetProperty("last_event_time").GetString());
        var attributes = json.GetProperty("attributes");
        Assert.Equal(["198.51.100.7:2", "203.0.113.9:1"], Pairs(attributes.GetProperty("sourceIPAddress")));
        Assert.Equal(["alice:2", "bob:1"], Pairs(attributes.GetProperty("userIdentity.userName")));
        Assert.Equal(["A:2", "B:1"], Pairs(attributes.GetProperty("resources[*].type")));
    }

    [Fact]
    public void Values_beyond_the_limit_are_counted_as_other()
    {
        var summary = new AlertSummary(["n"]);
        for (var i = 0; i < AlertSummary.MaxValuesPerAttribute + 5; i++)
        {
            summary.Add(RuleEvent.FromJson($$"""{"n":"{{i}}"}"""), DateTime.UnixEpoch);
        }

        var values = JsonDocument.Parse(summary.ToJson()).RootElement.GetProperty("attributes").GetProperty("n");
        Assert.Equal(AlertSummary.MaxValuesPerAttribute + 1, values.GetArrayLength());
        var other = values[AlertSummary.MaxValuesPerAttribute];
        Assert.True(other.GetProperty("other").GetBoolean());
        Assert.Equal(5, other.GetProperty("count").GetInt64());
    }

    [Fact]
    public void Missing_and_null_values_are_not_counted()
    {
        var summary = new AlertSummary(["a"]);

        summary.Add(RuleEvent.FromJson("""{"a":null}"""), DateTime.UnixEpoch);
        summary.Add(RuleEvent.FromJson("""{"b":1}"""), DateTime.UnixEpoch);

        var values = JsonDocument.Parse(summary.ToJson()).RootElement.GetProperty("attributes").GetProperty("a");
        Assert.Equal(0, values.GetArrayLength());
    }

    [Fact]
    public void An_earlier_summary_merges_its_counts_times_and_others()
    {
        var earlier = new AlertSummary(["sourceIPAddress", "gone"]);
        var start = new DateTime(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);
        earlier.Add(Event("198.51.100.7", "alice", "[]"), start);
        earlier.Add(Event("203.0.113.9", "bob", "[]"), start.AddMinutes(1));
        var later = new AlertSummary(["sourceIPAddress", "userIdentity.userName"]);
        later.Add(Event("198.51.100.7", "carol", "[]"), start.AddMinutes(30));

        Assert.True(later.Merge(earlier.ToJson()));

        Assert.Equal(3, later.Events);
        Assert.Equal(start, later.FirstEventTime);
        Assert.Equal(start.AddMinutes(30), later.LastEventTime);
        var attributes = JsonDocument.Parse(later.ToJson()).RootElement.GetProperty("attributes");
        Assert.Equal(["198.51.100.7:2", "203.0.113.9:1"], Pairs(attributes.GetProperty("sourceIPAddress")));
        Assert.Equal(["carol:1"], Pairs(attributes.GetProperty("userIdentity.userName")));
        Assert.False(attributes.TryGetProperty("gone", out _));
    }

    [Fact]
    public void Merged_values_beyond_the_limit_are_counted_as_other()
    {
        var earlier = new AlertSummary(["n"]);
        for (var i = 0; i < AlertSummary.MaxValuesPerAttribute + 3; i++)
        {
            earlier.Add(RuleEvent.FromJson($$"""{"n":"a{{i}}"}"""), DateTime.UnixEpoch);
        }

        var later = new AlertSummary(["n"]);
        later.Add(RuleEvent.FromJson("""{"n":"b"}"""), DateTime.UnixEpoch);
        later.Merge(earlier.ToJson());

        var values = JsonDocument.Parse(later.ToJson()).RootElement.GetProperty("attributes").GetProperty("n");
        var other = values[values.GetArrayLength() - 1];
        Assert.True(other.GetProperty("other").GetBoolean());
        Assert.Equal(4, other.GetProperty("count").GetInt64());
        Assert.Equal(AlertSummary.MaxValuesPerAttribute + 1, values.GetArrayLength());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"attributes":{}}""")]
    public void Text_that_is_not_a_summary_merges_nothing(string text)
    {
        var summary = new AlertSummary(["a"]);

        Assert.False(summary.Merge(text));
        Assert.Equal(0, summary.Events);
    }

    private static RuleEvent Event(string ip, string user, string resources) => RuleEvent.FromJson(
        $$"""{"sourceIPAddress":"{{ip}}","userIdentity":{"userName":"{{user}}"},"resources":{{resources}}}""");

    private static List<string> Pairs(JsonElement values) =>
        [.. values.EnumerateArray().Select(v => $"{v.GetProperty("value").GetString()}:{v.GetProperty("count")}")];
}
