using Panther.Parsing.CloudTrail;
using Panther.Parsing.Suricata;
using Panther.Schemas;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>Suricata records and records of other families never take each other's log types.</summary>
public class SuricataClassificationTests
{
    [Fact]
    public void The_log_type_names_and_tables_are_the_public_contract()
    {
        string[] types =
        [
            "Alert", "Anomaly", "DHCP", "DNP3", "DNS", "Drop", "FileInfo", "Flow", "FTP", "FTPData", "HTTP", "HTTP2",
            "IKE", "KRB5", "MQTT", "Netflow", "NFS", "PgSQL", "QUIC", "RDP", "RFB", "SIP", "SMB", "SMTP", "SNMP",
            "SSH", "Stats", "TFTP", "TLS", "Other",
        ];

        Assert.Equal(types.Select(t => "Suricata." + t), SuricataLogTypes.All.Select(s => s.Name));
        Assert.Equal(types.Select(t => "suricata_" + t.ToLowerInvariant()),
            SuricataLogTypes.All.Select(s => s.TableName));
        Assert.All(SuricataLogTypes.All, s => Assert.Contains(s, BuiltInLogTypes.All));
    }

    [Fact]
    public void Each_known_event_type_belongs_to_exactly_one_log_type_and_other_takes_none_of_them()
    {
        var allowed = SuricataLogTypes.All
            .Where(s => s != SuricataLogTypes.Other)
            .SelectMany(s => EventTypeField(s).AllowedValues)
            .ToList();

        Assert.Equal(allowed.Count, allowed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SuricataExpectations.KnownEventTypes.Order(StringComparer.Ordinal),
            allowed.Order(StringComparer.Ordinal));
        Assert.Equal(allowed, SuricataLogTypes.KnownEventTypes);
        Assert.Equal(allowed, EventTypeField(SuricataLogTypes.Other).DeniedValues);
        Assert.All(SuricataLogTypes.All, s => Assert.Equal(["event_type"],
            s.Fields.Where(f => f.Required).Select(f => f.Name)));
    }

    public static TheoryData<string> EventTypes => [.. SuricataExpectations.KnownEventTypes, "ldap", "quantum"];

    [Theory]
    [MemberData(nameof(EventTypes))]
    public async Task A_record_with_nothing_but_its_event_type_gets_the_log_type_that_type_names(string eventType)
    {
        var line = $$"""{"event_type":"{{eventType}}"}""";

        var run = await ParseRun.ReadAsync(line);

        var evt = Assert.Single(run.Events);
        using var input = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal(SuricataExpectations.LogType(input.RootElement), evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.False(evt.HasOwnEventTime);
    }

    [Theory]
    [InlineData("""{"event_type":null}""", "required field 'event_type' is null")]
    [InlineData("""{"event_type":{"name":"alert"}}""", "required field 'event_type' is not a valid string")]
    [InlineData("""{"timestamp":"2024-01-01T00:00:00.000001+0000","src_ip":"192.0.2.1"}""",
        "missing required field 'event_type'")]
    public async Task A_record_without_a_usable_event_type_is_quarantined_with_the_reason(string line, string reason)
    {
        var run = await ParseRun.ReadAsync(line);

        Assert.Empty(run.Events);
        var record = Assert.Single(run.Quarantined);
        Assert.StartsWith("no registered log type matched (Suricata.* (30 types): " + reason, record.Reason,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Every_cloudtrail_event_stays_cloudtrail_with_the_suricata_types_registered()
    {
        var path = TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl");
        var bytes = await File.ReadAllBytesAsync(path);

        var run = await ParseRun.ReadAsync(bytes, registry: BuiltInLogTypes.CreateRegistry());

        Assert.Empty(run.Quarantined);
        Assert.Equal(File.ReadLines(path).Count(l => l.Length > 0), run.Events.Count);
        Assert.All(run.Events, e => Assert.Equal("AWS.CloudTrail", e.LogType));
    }

    [SkippableTheory]
    [InlineData("suricata", "suricata-sample-data-alerts.jsonl")]
    [InlineData("suricata", "telegraf-testdata.jsonl")]
    [InlineData("bugs", "SU-09-unanticipated-event-type-ftp_data.jsonl")]
    public async Task A_suricata_record_is_never_taken_for_cloudtrail(string folder, string file)
    {
        var bytes = await File.ReadAllBytesAsync(TestCorpus.Path(folder, file));
        var cloudTrailOnly = new LogTypeRegistry().AddRange(CloudTrailLogTypes.All);

        var withAll = await ParseRun.ReadAsync(bytes);
        var withCloudTrailOnly = await ParseRun.ReadAsync(bytes, registry: cloudTrailOnly);

        Assert.All(withAll.Events, e => Assert.StartsWith("Suricata.", e.LogType, StringComparison.Ordinal));
        Assert.Empty(withCloudTrailOnly.Events);
        Assert.Equal(withAll.Events.Count, withCloudTrailOnly.Quarantined.Count);
    }

    [SkippableFact]
    public async Task The_order_in_which_the_suricata_types_are_registered_does_not_change_any_log_type()
    {
        var lines = string.Join("\n", File.ReadLines(TestCorpus.Path("suricata", "telegraf-testdata.jsonl"))
            .Concat(File.ReadLines(TestCorpus.Path("bugs", "SU-09-unanticipated-event-type-ftp_data.jsonl"))));
        var reversed = new LogTypeRegistry().AddRange(SuricataLogTypes.All.Reverse());

        var forward = await ParseRun.ReadAsync(lines);
        var backward = await ParseRun.ReadAsync(lines, registry: reversed);

        Assert.Equal(forward.Events.Select(e => e.LogType), backward.Events.Select(e => e.LogType));
        Assert.Contains("Suricata.Other", backward.Events.Select(e => e.LogType));
    }

    private static Schemas.Fields.SchemaField EventTypeField(LogSchema schema) =>
        Assert.Single(schema.Fields, f => f.Name == "event_type");
}
