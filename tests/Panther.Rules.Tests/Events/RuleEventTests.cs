using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Rules.Tests.Events;

public sealed class RuleEventTests
{
    [Fact]
    public void A_parsed_event_shows_its_members_and_its_standard_fields()
    {
        var (_, parsed) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin);
        var evt = new RuleEvent();

        evt.Load(parsed);

        Assert.Equal("AWS.CloudTrail", evt.LogType);
        Assert.True(evt["eventName"].ValueEquals("ConsoleLogin"));
        Assert.Equal("AWS.CloudTrail", evt["p_log_type"].GetString());
        Assert.Equal("2026-12-03T15:04:05Z", evt["p_event_time"].GetString());
        Assert.Equal(["198.51.100.7"], evt["p_any_ip_addresses"].EnumerateArray().Select(v => v.GetString()));
        Assert.Contains("123456789012",
            evt["p_any_aws_account_ids"].EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Root", evt.Get("userIdentity", "type").GetString());
        Assert.False(evt.Get("userIdentity", "missing", "deeper").Exists);
    }

    [Fact]
    public void Enumerating_fields_lists_members_then_standard_fields()
    {
        var (_, parsed) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin);
        var evt = new RuleEvent();
        evt.Load(parsed);

        var names = evt.EnumerateFields().Select(field => field.Key).ToList();

        Assert.Equal("eventVersion", names[0]);
        Assert.Contains("p_row_id", names);
        Assert.Contains("p_any_ip_addresses", names);
    }

    [Fact]
    public void Reloading_with_another_event_forgets_the_previous_standard_fields()
    {
        var (_, first) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin);
        var (_, second) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin.Replace("198.51.100.7", "203.0.113.9",
            StringComparison.Ordinal));
        var evt = new RuleEvent();

        evt.Load(first);
        var before = evt["p_any_ip_addresses"][0].GetString();
        evt.Load(second);

        Assert.Equal("198.51.100.7", before);
        Assert.Equal("203.0.113.9", evt["p_any_ip_addresses"][0].GetString());
    }

    [Fact]
    public void Reading_fields_of_a_parsed_event_does_not_allocate()
    {
        var (_, parsed) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin);
        var evt = new RuleEvent();
        var hits = 0;
        for (var i = 0; i < 10; i++)
        {
            hits += Read(evt, parsed);
        }

        var allocated = Allocations.Measure(() => hits += Read(evt, parsed));

        Assert.Equal(0, allocated);
        Assert.Equal(3, Read(evt, parsed));
        Assert.Equal(0, hits % 3);
    }

    [Fact]
    public void A_test_event_is_read_as_written_with_its_own_standard_fields()
    {
        var evt = RuleEvent.FromJson("""{"p_log_type":"Okta.SystemLog","eventType":"user.session.start"}""");

        Assert.Equal("Okta.SystemLog", evt.LogType);
        Assert.True(evt["eventType"].ValueEquals("user.session.start"));
        Assert.Equal(JsonValueKind.Undefined, evt["p_any_ip_addresses"].Kind);
        Assert.Equal("""{"p_log_type":"Okta.SystemLog","eventType":"user.session.start"}""", evt.ToJson());
    }

    [Fact]
    public void Writing_a_parsed_event_includes_its_standard_fields()
    {
        var (_, parsed) = ParsedEvents.Parse(ParsedEvents.CloudTrailLogin);
        var evt = new RuleEvent();
        evt.Load(parsed);

        var json = EventDocument.Parse(evt.ToJson()).Root;

        Assert.Equal("ConsoleLogin", json["eventName"].GetString());
        Assert.Equal("AWS.CloudTrail", json["p_log_type"].GetString());
    }

    private static int Read(RuleEvent evt, NormalizedEvent parsed)
    {
        evt.Load(parsed);
        var hits = 0;
        hits += evt["eventName"].ValueEquals("ConsoleLogin") ? 1 : 0;
        hits += evt.Get("userIdentity", "type").ValueEquals("Root") ? 1 : 0;
        hits += evt["p_any_ip_addresses"][0].ValueEquals("198.51.100.7") ? 1 : 0;
        return hits;
    }
}
