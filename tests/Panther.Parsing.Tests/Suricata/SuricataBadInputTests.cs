using System.Text.Json;
using Panther.Parsing.Suricata;
using Panther.Parsing.Tests.CloudTrail;
using Panther.Schemas.Indicators;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>The Suricata cases of the corpus's bad-input catalogue (corpus/bugs/README.md) and the awkward files of
/// corpus/suricata/edge-cases, each with its outcome.</summary>
public class SuricataBadInputTests
{
    [SkippableFact]
    public async Task SU01_a_line_cut_off_by_the_next_record_is_quarantined_and_the_next_line_parses()
    {
        var path = TestCorpus.Path("bugs", "SU-01-broken-line-concatenated-record.jsonl");
        var firstLineLength = File.ReadLines(path).First().Length;

        var run = await ParseRun.ReadFileAsync(path);

        var bad = Assert.Single(run.Quarantined);
        Assert.Equal(path, bad.Source);
        Assert.Equal(1, bad.Position.Line);
        Assert.Equal(0, bad.Position.ByteOffset);
        Assert.Equal("invalid JSON at byte 486 of the record: 't' is invalid after a value. Expected either ',', " +
            "'}', or ']'", bad.Reason);
        var next = Assert.Single(run.Events);
        Assert.Equal("Suricata.DNS", next.LogType);
        Assert.Equal(2, next.Position.Line);
        Assert.Equal(firstLineLength + 1, next.Position.ByteOffset);
        Assert.Equal("example.com", next.Json.GetProperty("dns").GetProperty("rrname").GetString());
        Assert.Empty(next.Errors);
    }

    [SkippableFact]
    public async Task SU03_an_impossible_timestamp_keeps_the_event_with_parse_errors_and_the_raw_value()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "SU-03-invalid-calendar-timestamp.jsonl"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("Suricata.Flow", evt.LogType);
        Assert.False(evt.HasOwnEventTime);
        Assert.Equal(ParseRun.ParseTime, evt.EventTime);
        Assert.Equal(ParseRun.ParseTime, evt.Json.GetProperty("p_event_time").GetDateTime());
        const string Reason = "not a timestamp in format 'rfc3339', found '1900-01-00T00:00:14.199185+0000'";
        Assert.Equal(
            [new("timestamp", Reason), new("flow.start", Reason), new("flow.end", Reason)],
            evt.Errors);
        Assert.Equal("1900-01-00T00:00:14.199185+0000", evt.Json.GetProperty("timestamp").GetString());
        Assert.Equal(["192.0.2.1", "198.51.100.1"], evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(60, evt.Json.GetProperty("flow").GetProperty("bytes_toserver").GetInt64());
    }

    [SkippableFact]
    public void SU05_dns_version_2_and_version_3_records_parse_and_give_the_same_question()
    {
        var lines = File.ReadAllLines(TestCorpus.Path("bugs", "SU-05-dns-v2-vs-v3.jsonl"));

        var events = SuricataEvents.Parse(lines).Events.ToList();

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("Suricata.DNS", e.LogType));
        Assert.All(events, e => Assert.Empty(e.ParseErrors));
        Assert.All(events, e => Assert.Equal([new DnsQuery("example.com", "A")], SuricataDns.GetQueries(e)));
        Assert.Equal([new DnsAnswer("example.com", "A", "198.51.100.7", "272")], SuricataDns.GetAnswers(events[0]));
        Assert.Empty(SuricataDns.GetAnswers(events[1]));
        Assert.Equal([new DnsAnswer("example.com", "A", "198.51.100.7", "300")], SuricataDns.GetAnswers(events[2]));
        Assert.All(events, e => Assert.Contains("example.com", e.Indicators.Get(IndicatorField.DomainNames)));
        Assert.Contains("198.51.100.7", events[2].Indicators.Get(IndicatorField.IpAddresses));
    }

    [SkippableFact]
    public async Task SU07_a_null_status_an_unknown_tls_version_and_dns_with_commas_are_kept_without_errors()
    {
        var path = TestCorpus.Path("bugs", "SU-07-null-http-status-undetermined-tls-dn-comma.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Equal(["Suricata.HTTP", "Suricata.TLS"], run.Events.Select(e => e.LogType));
        Assert.All(run.Events, e => Assert.Empty(e.Errors));
        Assert.Equal(JsonValueKind.Null, run.Events[0].Json.GetProperty("http").GetProperty("status").ValueKind);
        var tls = run.Events[1].Json.GetProperty("tls");
        Assert.Equal("UNDETERMINED", tls.GetProperty("version").GetString());
        Assert.Equal("C=US, ST=California, O=Example, Inc., CN=www.example.com",
            tls.GetProperty("subject").GetString());
        Assert.Equal("C=US, O=Example CA, Inc., CN=Example CA", tls.GetProperty("issuerdn").GetString());
        Assert.Equal("2021-12-25T23:59:59Z", tls.GetProperty("notafter").GetString());
        Assert.Equal(["www.example.com"], run.Events[1].Indicators("p_any_domain_names"));
    }

    [SkippableFact]
    public async Task SU09_ftp_data_has_its_own_type_and_an_unknown_event_type_is_kept_as_other()
    {
        var path = TestCorpus.Path("bugs", "SU-09-unanticipated-event-type-ftp_data.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Empty(run.Quarantined);
        Assert.Equal(["Suricata.FTPData", "Suricata.Other"], run.Events.Select(e => e.LogType));
        Assert.All(run.Events, e => Assert.Empty(e.Errors));
        Assert.Equal("RETR", run.Events[0].Json.GetProperty("ftp_data").GetProperty("command").GetString());
        Assert.Equal("index.html", run.Events[0].Json.GetProperty("ftp_data").GetProperty("filename").GetString());
        var other = run.Events[1];
        Assert.Equal("""{"field":"value"}""", other.Json.GetProperty("some_future_type").GetRawText());
        Assert.Equal(["192.0.2.2", "192.0.2.3"], other.Indicators("p_any_ip_addresses"));
        Assert.Equal(new DateTime(2020, 12, 5, 10, 0, 0, DateTimeKind.Utc).AddTicks(20), other.EventTime);
    }

    [Fact]
    public async Task An_invented_event_type_is_kept_as_other_with_every_member()
    {
        const string Line = """{"timestamp":"2031-01-01T00:00:00.5+0100","flow_id":18446744073709551615,"event_type":"quantum","src_ip":"2001:db8::1","src_port":1,"dest_ip":"2001:db8::2","dest_port":2,"proto":"UDP","quantum":{"qubits":[1,2],"entangled":true}}""";

        var run = await ParseRun.ReadAsync(Line);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Suricata.Other", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.Equal(18446744073709551615UL, evt.Json.GetProperty("flow_id").GetUInt64());
        Assert.Equal("""{"qubits":[1,2],"entangled":true}""", evt.Json.GetProperty("quantum").GetRawText());
        Assert.Equal(new DateTime(2030, 12, 31, 23, 0, 0, 500, DateTimeKind.Utc), evt.EventTime);
        using var input = JsonDocument.Parse(Line);
        Assert.Empty(LeafComparer.FindMissingLeaves(input.RootElement, evt.Json));
    }

    [SkippableFact]
    public async Task SU11_a_line_of_hundreds_of_kilobytes_parses_whole()
    {
        var path = TestCorpus.Path("bugs", "SU-11-huge-http-payload-line.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Suricata.Alert", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.True(evt.Input.Length > 700_000, $"only {evt.Input.Length} characters");
        using var input = JsonDocument.Parse(evt.Input);
        Assert.Empty(LeafComparer.FindMissingLeaves(input.RootElement, evt.Json));
        Assert.Equal(input.RootElement.GetProperty("payload").GetString(), evt.Json.GetProperty("payload").GetString());
        Assert.Equal("example.com", evt.Json.GetProperty("http").GetProperty("hostname").GetString());
    }

    [SkippableFact]
    public async Task Nulls_in_every_envelope_field_are_accepted_without_errors()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", "edge-cases", "dcso-fever-nulls.json"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("Suricata.FileInfo", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.Empty(evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(["api.icndb.com"], evt.Indicators("p_any_domain_names"));
        Assert.Equal(JsonValueKind.Null, evt.Json.GetProperty("flow_id").ValueKind);
        Assert.Equal(JsonValueKind.Null, evt.Json.GetProperty("vlan").ValueKind);
        Assert.Equal(new DateTime(2017, 3, 6, 6, 54, 10, DateTimeKind.Utc).AddTicks(8396680), evt.EventTime);
    }

    [SkippableFact]
    public async Task A_truncated_line_is_quarantined_and_the_lines_around_it_parse()
    {
        var path = TestCorpus.Path("suricata", "edge-cases", "dcso-fever-truncated-line.json");

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Equal(["Suricata.DNS", "Suricata.HTTP"], run.Events.Select(e => e.LogType));
        Assert.Equal([1L, 3L], run.Events.Select(e => e.Position.Line));
        var bad = Assert.Single(run.Quarantined);
        Assert.Equal(2, bad.Position.Line);
        Assert.Equal("""{"timestamp":"2017-03-06T06:54:10""", bad.GetText());
        Assert.StartsWith("invalid JSON at byte 33 of the record:", bad.Reason, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_member_written_twice_keeps_both_copies_and_parses_as_an_alert()
    {
        var path = TestCorpus.Path("suricata", "edge-cases", "telegraf-duplicate-severity-key.json");

        var run = await ParseRun.ReadFileAsync(path);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Suricata.Alert", evt.LogType);
        Assert.Empty(evt.Errors);
        var severities = evt.Json.GetProperty("alert").EnumerateObject().Where(m => m.Name == "severity");
        Assert.Equal([3, 3], severities.Select(m => m.Value.GetInt32()));
        Assert.Equal(["10.0.0.5", "179.60.192.3"], evt.Indicators("p_any_ip_addresses"));
    }
}
