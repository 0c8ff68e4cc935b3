using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Tests.Generation;

/// <summary>
/// Every registered sample generator is deterministic, and everything it writes parses, with every built-in log type
/// registered and none named, into its own log type without parse errors and with its indicators found.
/// </summary>
public class SampleGeneratorTests
{
    private const int Count = 500;

    public static TheoryData<string> LogTypes => [.. SampleGenerators.All.Select(g => g.LogType)];

    /// <summary>A path to a string in the generated events, and the indicator set its value must land in.</summary>
    public static TheoryData<string, string, string> Indicators => new()
    {
        { "Okta.SystemLog", "actor.alternateId", "p_any_emails" },
        { "Okta.SystemLog", "client.ipAddress", "p_any_ip_addresses" },
        { "Okta.SystemLog", "securityContext.domain", "p_any_domain_names" },
        { "Okta.SystemLog", "debugContext.debugData.email", "p_any_emails" },
        { "Osquery.Differential", "columns.md5", "p_any_md5_hashes" },
        { "Osquery.Differential", "columns.sha256", "p_any_sha256_hashes" },
        { "Osquery.Differential", "columns.remote_address", "p_any_ip_addresses" },
        { "Suricata.Alert", "src_ip", "p_any_ip_addresses" },
        { "Suricata.Alert", "community_id", "p_any_trace_ids" },
        { "Suricata.DNS", "dns.rrname", "p_any_domain_names" },
        { "Suricata.TLS", "tls.sni", "p_any_domain_names" },
        { "Suricata.FileInfo", "fileinfo.md5", "p_any_md5_hashes" },
        { "Suricata.FileInfo", "fileinfo.sha256", "p_any_sha256_hashes" },
        { "Suricata.DHCP", "dhcp.client_mac", "p_any_mac_addresses" },
        { "Suricata.Other", "dest_ip", "p_any_ip_addresses" },
        { "AWS.CloudTrailDigest", "awsAccountId", "p_any_aws_account_ids" },
    };

    [Fact]
    public void Every_built_in_log_type_has_one_generator_in_registry_order()
    {
        Assert.Equal(BuiltInLogTypes.All.Select(s => s.Name), SampleGenerators.All.Select(g => g.LogType));
    }

    [Theory]
    [MemberData(nameof(LogTypes))]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes(string logType)
    {
        var first = GeneratedLogs.JsonLines(logType, Count, seed: 7);
        var again = GeneratedLogs.JsonLines(logType, Count, seed: 7);
        var other = GeneratedLogs.JsonLines(logType, Count, seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [MemberData(nameof(LogTypes))]
    public async Task Every_event_parses_into_its_own_log_type_without_errors(string logType)
    {
        foreach (var seed in new[] { 7, 8 })
        {
            var run = await GeneratedLogs.ParseAsync(logType, Count, seed);

            Assert.Empty(run.Quarantined.Select(q => q.ToString()));
            Assert.Equal(Count, run.Events.Count);
            Assert.All(run.Events, e => Assert.Equal(logType, e.LogType));
            Assert.All(run.Events, e => Assert.True(e.Errors.Count == 0,
                $"{string.Join("; ", e.Errors)} in {e.Input}"));
            Assert.All(run.Events, e => Assert.True(e.HasOwnEventTime, e.Input));
        }
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public async Task Indicator_values_land_in_their_sets(string logType, string path, string field)
    {
        var run = await GeneratedLogs.ParseAsync(logType, Count, seed: 7);

        var checkedValues = 0;
        foreach (var evt in run.Events)
        {
            if (Find(evt.Json, path) is not { } value || (field == "p_any_emails" && !value.Contains('@')))
            {
                continue;
            }

            var expected = field is "p_any_emails" or "p_any_trace_ids" ? value : value.ToLowerInvariant();
            Assert.Contains(expected, evt.Indicators(field));
            checkedValues++;
        }

        Assert.True(checkedValues >= 10, $"only {checkedValues} events of {logType} have {path}");
    }

    private static string? Find(JsonElement json, string path)
    {
        foreach (var name in path.Split('.'))
        {
            if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty(name, out json))
            {
                return null;
            }
        }

        return json.ValueKind == JsonValueKind.String ? json.GetString() : null;
    }
}
