using System.Text;
using System.Text.Json;
using Panther.Parsing.Tests.CloudTrail;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>Golden tests over real Suricata EVE logs in the shared corpus.</summary>
public class SuricataCorpusTests
{
    public static TheoryData<string> CleanFiles =>
    [
        "suricata-sample-data-alerts.jsonl",
        "telegraf-testdata.jsonl",
    ];

    public static TheoryData<string> AllFiles =>
    [
        "dcso-fever-testdata.jsonl",
        "suricata-sample-data-alerts.jsonl",
        "telegraf-testdata.jsonl",
    ];

    [SkippableTheory]
    [MemberData(nameof(CleanFiles))]
    public async Task Every_line_of_a_real_eve_file_parses_without_quarantine(string file)
    {
        var path = TestCorpus.Path("suricata", file);

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Empty(run.Quarantined);
        Assert.Equal(File.ReadLines(path).Count(l => l.Length > 0), run.Events.Count);
    }

    [SkippableFact]
    public async Task The_dcso_file_parses_every_line_but_the_one_holding_two_records()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", "dcso-fever-testdata.jsonl"));

        Assert.Equal(["Suricata.HTTP", "Suricata.DNS", "Suricata.FileInfo", "Suricata.HTTP"],
            run.Events.Select(e => e.LogType));
        Assert.Equal([1L, 2L, 4L, 5L], run.Events.Select(e => e.Position.Line));
        var record = Assert.Single(run.Quarantined);
        Assert.Equal(3, record.Position.Line);
        Assert.StartsWith("invalid JSON at byte 1047 of the record: '{' is invalid after a single JSON value",
            record.Reason, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(AllFiles))]
    public async Task Every_event_gets_the_log_type_of_its_event_type_and_parses_cleanly(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", file));

        Assert.NotEmpty(run.Events);
        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            Assert.Equal(SuricataExpectations.LogType(input.RootElement), evt.LogType);
            Assert.Empty(evt.Errors);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(AllFiles))]
    public async Task Every_input_leaf_value_is_present_in_the_normalized_output(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", file));

        LeafComparer.AssertEveryLeafKept(run.Events);
    }

    [SkippableTheory]
    [MemberData(nameof(AllFiles))]
    public async Task Event_time_is_the_timestamp_and_both_addresses_are_indicators(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", file));

        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            var root = input.RootElement;
            var expected = SuricataExpectations.EventTime(root);
            Assert.NotNull(expected);
            Assert.Equal(expected, evt.EventTime);
            Assert.True(evt.HasOwnEventTime);
            Assert.Equal(expected, evt.Json.GetProperty("p_event_time").GetDateTimeOffset().UtcDateTime);
            foreach (var address in SuricataExpectations.Addresses(root))
            {
                Assert.Contains(address, evt.Indicators("p_any_ip_addresses"));
            }
        }
    }

    [SkippableFact]
    public async Task Sample_alerts_with_an_offset_and_without_one_keep_their_instant()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("suricata", "suricata-sample-data-alerts.jsonl"));

        Assert.All(run.Events, e => Assert.Equal("Suricata.Alert", e.LogType));
        var withOffset = run.Events[0];
        Assert.Equal(new DateTime(2015, 3, 29, 17, 1, 38, 221, DateTimeKind.Utc).AddTicks(1260), withOffset.EventTime);
        Assert.Equal(2001219, withOffset.Json.GetProperty("alert").GetProperty("signature_id").GetInt64());
        var withoutOffset = run.Events.Single(e => e.Position.Line == 137);
        Assert.Equal(new DateTime(2019, 1, 2, 3, 50, 11, 315, DateTimeKind.Utc).AddTicks(1100),
            withoutOffset.EventTime);
        Assert.Equal("2019-01-02T03:50:11.31511Z", withoutOffset.Json.GetProperty("timestamp").GetString());
    }

    [SkippableFact]
    public async Task Each_partial_event_of_suricata_verify_parses_to_the_type_its_event_type_names()
    {
        var wrappers = ReadVerifyWrappers();
        var lines = string.Join("\n", wrappers.Select(w => w.GetProperty("event").GetRawText()));

        var run = await ParseRun.ReadAsync(lines);

        Assert.Empty(run.Quarantined);
        Assert.Equal(wrappers.Count, run.Events.Count);
        foreach (var (wrapper, evt) in wrappers.Zip(run.Events))
        {
            var source = wrapper.GetProperty("_source").GetString();
            var input = wrapper.GetProperty("event");
            Assert.True(SuricataExpectations.LogType(input) == evt.LogType, $"{source}: {evt.LogType}");
            Assert.True(evt.Errors.Count == 0, $"{source}: {string.Join("; ", evt.Errors)}");
            var missing = LeafComparer.FindMissingLeaves(input, evt.Json);
            Assert.True(missing.Count == 0, $"{source}: {string.Join("; ", missing)}");
        }
    }

    [SkippableFact]
    public async Task Partial_events_of_types_without_their_own_schema_are_kept_as_suricata_other()
    {
        var wrappers = ReadVerifyWrappers();
        var lines = string.Join("\n", wrappers.Select(w => w.GetProperty("event").GetRawText()));

        var run = await ParseRun.ReadAsync(lines);

        var others = run.Events.Where(e => e.LogType == "Suricata.Other")
            .Select(e => e.Json.GetProperty("event_type").GetString())
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["arp", "bittorrent_dht", "dcerpc", "engine", "enip", "frame", "ldap", "llmnr", "mdns",
            "metadata", "modbus", "ntp", "packet", "pop3", "stream_tcp", "template", "websocket"], others);
    }

    [SkippableFact]
    public async Task Indicators_come_from_dns_http_tls_file_and_dhcp_records()
    {
        var wrappers = ReadVerifyWrappers();
        var lines = string.Join("\n", wrappers.Select(w => w.GetProperty("event").GetRawText()));

        var run = await ParseRun.ReadAsync(lines);

        var dhcp = run.Events.First(e => Text(e, "dhcp", "assigned_ip") == "10.16.1.4");
        Assert.Contains("10.16.1.4", dhcp.Indicators("p_any_ip_addresses"));
        Assert.Contains("00:11:32:17:49:f0", dhcp.Indicators("p_any_mac_addresses"));
        var dns = run.Events.First(e => e.LogType == "Suricata.DNS"
            && e.Json.GetProperty("dns").TryGetProperty("answers", out var answers)
            && answers[0].TryGetProperty("rdata", out var rdata) && rdata.GetString() == "192.0.78.190");
        Assert.Contains("oisf.net", dns.Indicators("p_any_domain_names"));
        Assert.Contains("192.0.78.209", dns.Indicators("p_any_ip_addresses"));
        var smtp = run.Events.First(e => e.LogType == "Suricata.SMTP" && Text(e, "smtp", "mail_from") is not null);
        Assert.Equal(["172.16.92.2@linuxbox", "toto@gmail.com"], smtp.Indicators("p_any_emails"));
        var tls = run.Events.First(e => e.LogType == "Suricata.TLS" && Text(e, "tls", "sni") is not null);
        Assert.Contains(Text(tls, "tls", "sni")!.ToLowerInvariant(), tls.Indicators("p_any_domain_names"));
        var file = run.Events.First(e => e.LogType == "Suricata.FileInfo" && Text(e, "fileinfo", "md5") is not null);
        Assert.Contains(Text(file, "fileinfo", "md5")!, file.Indicators("p_any_md5_hashes"));
        var flow = run.Events.First(e => e.LogType == "Suricata.Flow" && e.Json.TryGetProperty("community_id", out _));
        Assert.Equal([flow.Json.GetProperty("community_id").GetString()!], flow.Indicators("p_any_trace_ids"));
    }

    private static string? Text(ParsedEvent evt, string parent, string name) =>
        evt.Json.TryGetProperty(parent, out var obj) && obj.ValueKind == JsonValueKind.Object
            && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static List<JsonElement> ReadVerifyWrappers()
    {
        var path = TestCorpus.Path("suricata", "suricata-verify-partial-events.jsonl");
        return [.. File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0)
            .Select(l => JsonElement.Parse(l))];
    }
}
