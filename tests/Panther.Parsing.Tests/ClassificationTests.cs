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
}
