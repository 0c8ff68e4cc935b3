using System.Text.Json;
using Panther.Parsing.Suricata;
using Panther.Parsing.Tests.Generation;

namespace Panther.Parsing.Tests.Suricata;

/// <summary>Generated EVE records have the envelope variants and the type-specific quirks of real sensors.</summary>
public class SuricataSampleGeneratorTests
{
    [Fact]
    public void The_envelope_has_offset_timestamps_large_flow_ids_and_both_vlan_forms()
    {
        var alerts = GeneratedLogs.Documents("Suricata.Alert", 500, 3);

        Assert.All(alerts, a => Assert.EndsWith("+0000", a.GetProperty("timestamp").GetString(),
            StringComparison.Ordinal));
        Assert.Contains(alerts, a => a.GetProperty("flow_id").GetUInt64() > long.MaxValue);
        Assert.Contains(alerts, a => a.TryGetProperty("vlan", out var v) && v.ValueKind == JsonValueKind.Number);
        Assert.Contains(alerts, a => a.TryGetProperty("vlan", out var v) && v.ValueKind == JsonValueKind.Array);
        Assert.Contains(alerts, a => a.TryGetProperty("community_id", out _));
    }

    [Fact]
    public void Alerts_carry_rule_metadata_and_now_and_then_a_large_payload()
    {
        var alerts = GeneratedLogs.Documents("Suricata.Alert", 500, 3);

        Assert.All(alerts, a => Assert.InRange(a.GetProperty("alert").GetProperty("severity").GetInt32(), 1, 3));
        Assert.Contains(alerts, a => a.GetProperty("alert").TryGetProperty("metadata", out _));
        Assert.Contains(alerts, a => a.TryGetProperty("payload", out var p) && p.GetString()!.Length > 20_000);
        Assert.Contains(alerts, a => a.TryGetProperty("http", out _));
        Assert.Contains(alerts, a => a.TryGetProperty("tls", out _));
        Assert.Contains(alerts, a => a.TryGetProperty("dns", out _));
    }

    [Fact]
    public void Dns_records_come_in_all_three_layouts()
    {
        var versions = GeneratedLogs.Documents("Suricata.DNS", 500, 3)
            .Select(d => d.GetProperty("dns").TryGetProperty("version", out var v) ? v.GetInt32() : 1)
            .ToHashSet();

        Assert.Equal(new HashSet<int> { 1, 2, 3 }, versions);
    }

    [Fact]
    public void Http_status_is_sometimes_null_and_tls_names_hold_commas()
    {
        var http = GeneratedLogs.Documents("Suricata.HTTP", 500, 3);
        var tls = GeneratedLogs.Documents("Suricata.TLS", 500, 3).Select(t => t.GetProperty("tls")).ToList();

        Assert.Contains(http, h => h.GetProperty("http").GetProperty("status").ValueKind == JsonValueKind.Null);
        Assert.Contains(tls, t => t.TryGetProperty("subject", out var s)
            && s.GetString()!.Contains(", Inc., CN=", StringComparison.Ordinal));
        Assert.Contains(tls, t => t.GetProperty("version").GetString() == "UNDETERMINED");
    }

    [Fact]
    public void Other_records_use_event_types_without_a_log_type_of_their_own()
    {
        var types = GeneratedLogs.Documents("Suricata.Other", 500, 3)
            .Select(o => o.GetProperty("event_type").GetString()!)
            .ToHashSet();

        Assert.Contains("ldap", types);
        Assert.Empty(types.Intersect(SuricataLogTypes.KnownEventTypes));
    }

    [Fact]
    public void A_type_with_two_event_types_gets_both()
    {
        var types = GeneratedLogs.Documents("Suricata.IKE", 200, 3)
            .Select(o => o.GetProperty("event_type").GetString())
            .ToHashSet();

        Assert.Equal(new HashSet<string?> { "ike", "ikev2" }, types);
    }

    [Fact]
    public void Only_suricata_log_types_have_a_suricata_generator()
    {
        Assert.Throws<ArgumentException>(() => new SuricataSampleGenerator("Osquery.Status"));
    }
}
