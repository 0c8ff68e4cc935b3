using Panther.Schemas;
using Panther.Schemas.Fields;

namespace Panther.Parsing.Tests;

public class ClassificationTests
{
    [Fact]
    public async Task A_fallback_type_takes_a_record_only_after_every_other_type_declined_it()
    {
        var login = new LogSchema("Custom.Login")
        {
            Fields =
            [
                Field.String("event_type") with { Required = true },
                Field.String("user") with { Required = true },
            ],
        };
        var registry = BuiltInLogTypes.CreateRegistry().Add(login);
        var lines = """
            {"event_type":"quantum","timestamp":"2024-01-01T00:00:00.000000+0000"}
            {"event_type":"login","user":"alice"}
            {"event_type":"quantum","timestamp":"2024-01-01T00:00:01.000000+0000"}
            """;

        var run = await ParseRun.ReadAsync(lines, registry: registry);

        Assert.Equal(["Suricata.Other", "Custom.Login", "Suricata.Other"], run.Events.Select(e => e.LogType));
    }

    [Fact]
    public async Task Interleaved_families_are_each_classified_whatever_was_matched_last()
    {
        var lines = string.Join("\n",
            CloudTrailText.Event("A"),
            """{"timestamp":"2024-01-01T00:00:00.000000+0000","event_type":"dns","src_ip":"192.0.2.1"}""",
            """{"uuid":"u-1","published":"2024-01-01T00:00:00.000Z","eventType":"user.session.start"}""",
            CloudTrailText.Event("B"),
            """{"name":"q","action":"added","columns":{"pid":"1"},"hostIdentifier":"h1","calendarTime":"Mon Jan  1 00:00:00 2024 UTC"}""");

        var run = await ParseRun.ReadAsync(lines);

        Assert.Empty(run.Quarantined);
        Assert.Equal(["AWS.CloudTrail", "Suricata.DNS", "Okta.SystemLog", "AWS.CloudTrail", "Osquery.Differential"],
            run.Events.Select(e => e.LogType));
    }

    [Fact]
    public async Task A_record_no_type_takes_is_explained_by_the_nearest_types_with_families_grouped()
    {
        var lines = string.Join("\n",
            """{"_source": "tests/dns", "_min_version": 7, "event": {"event_type": "dns", "src_ip": "10.0.0.1"}}""",
            "[1, 2]");

        var run = await ParseRun.ReadAsync(lines);

        Assert.Empty(run.Events);
        Assert.Equal(
            [
                "no registered log type matched (AWS.CloudTrail: missing required field 'eventSource'; "
                    + "AWS.CloudTrailDigest: missing required field 'digestStartTime'; AWS.CloudTrailInsight: "
                    + "missing required field 'eventType'; Okta.SystemLog: missing required field 'uuid'; "
                    + "Osquery.Batch: missing required field 'diffResults'; and 4 more)",
                "no registered log type matched (AWS.* (3 types): expected a JSON object, found an array; "
                    + "Okta.SystemLog: expected a JSON object, found an array; Osquery.* (4 types): expected a JSON "
                    + "object, found an array; Suricata.* (30 types): expected a JSON object, found an array)",
            ],
            run.Quarantined.Select(q => q.Reason));
    }
}
