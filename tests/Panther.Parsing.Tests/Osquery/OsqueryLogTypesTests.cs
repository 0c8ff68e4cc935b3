using System.Text;
using Panther.Parsing.Osquery;

namespace Panther.Parsing.Tests.Osquery;

/// <summary>The osquery schemas on small events written for these tests.</summary>
public class OsqueryLogTypesTests
{
    [Theory]
    [InlineData("Tue Nov  5 06:08:26 2018 UTC", 2018, 11, 5, 6, 8, 26)]
    [InlineData("Tue Nov 05 06:08:26 2018 UTC", 2018, 11, 5, 6, 8, 26)]
    [InlineData("Sat Sep 30 23:59:59 2023 UTC", 2023, 9, 30, 23, 59, 59)]
    [InlineData("  Wed Feb 12 21:38:11 2020 UTC ", 2020, 2, 12, 21, 38, 11)]
    public void Calendar_time_is_read_with_one_or_two_spaces_before_the_day(string text, int year, int month,
        int day, int hour, int minute, int second)
    {
        Assert.True(OsqueryLogTypes.CalendarTimeFormat.TryParse(Encoding.UTF8.GetBytes(text), out var time));
        Assert.Equal(new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc), time);
    }

    [Theory]
    [InlineData("Tue Sep 30 17:37:30 2014")]
    [InlineData("2020-04-10 23:26:11.000000000")]
    [InlineData("Tue Feb 30 17:37:30 2014 UTC")]
    [InlineData("...")]
    public void Calendar_time_without_the_UTC_suffix_or_of_another_shape_is_not_read(string text) =>
        Assert.False(OsqueryLogTypes.CalendarTimeFormat.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public async Task A_status_line_with_numbers_as_strings_is_a_status_event()
    {
        var line = JsonLine.From("""
            {
                "hostIdentifier": "build-agent-7",
                "calendarTime": "Thu Jan  8 10:00:01 2026 UTC",
                "unixTime": "1767866401",
                "severity": "1",
                "filename": "scheduler.cpp",
                "line": "114",
                "message": "Query pack_x took 12s",
                "version": "5.12.1",
                "decorations": {"host_uuid": "7f1c"},
                "log_type": "status"
            }
            """);

        var run = await ParseRun.ReadAsync(line);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Osquery.Status", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.Equal(1, evt.Json.GetProperty("severity").GetInt64());
        Assert.Equal(114, evt.Json.GetProperty("line").GetInt64());
        Assert.Equal(new DateTime(2026, 1, 8, 10, 0, 1, DateTimeKind.Utc), evt.EventTime);
        Assert.Equal(["build-agent-7"], evt.Indicators("p_any_domain_names"));
    }

    [Fact]
    public async Task A_status_line_whose_severity_is_a_word_is_not_a_status_event()
    {
        var line = JsonLine.From("""
            {"filename": "a.cpp", "line": 3, "severity": "WARN", "version": "5.0.0"}
            """);

        var run = await ParseRun.ReadAsync(line, logType: "Osquery.Status");

        var bad = Assert.Single(run.Quarantined);
        Assert.Equal("not a valid Osquery.Status event: required field 'severity' is not a valid bigint: 'WARN'",
            bad.Reason);
    }

    [Fact]
    public async Task Snapshot_rows_give_addresses_macs_and_hashes_by_column_name()
    {
        var line = JsonLine.From("""
            {
                "action": "snapshot",
                "name": "pack_net_arp",
                "hostIdentifier": "10.9.8.7",
                "calendarTime": "Sun Mar  1 00:00:00 2026 UTC",
                "unixTime": 1772323200,
                "snapshot": [
                    {"address": "192.0.2.1", "mac": "AA-BB-CC-00-11-22", "interface": "en0"},
                    {
                        "address": "2001:db8::1",
                        "mac": "incomplete",
                        "local_address": "",
                        "remote_address": "198.51.100.20"
                    },
                    {
                        "path": "/bin/ls",
                        "md5": "D41D8CD98F00B204E9800998ECF8427E",
                        "sha1": "da39a3ee5e6b4b0d3255bfef95601890afd80709",
                        "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                        "user": "root"
                    }
                ]
            }
            """);

        var run = await ParseRun.ReadAsync(line);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Osquery.Snapshot", evt.LogType);
        Assert.Equal(["10.9.8.7", "192.0.2.1", "198.51.100.20", "2001:db8::1"], evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(["aa:bb:cc:00:11:22"], evt.Indicators("p_any_mac_addresses"));
        Assert.Equal(["d41d8cd98f00b204e9800998ecf8427e"], evt.Indicators("p_any_md5_hashes"));
        Assert.Equal(["da39a3ee5e6b4b0d3255bfef95601890afd80709"], evt.Indicators("p_any_sha1_hashes"));
        Assert.Equal(["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
            evt.Indicators("p_any_sha256_hashes"));
        Assert.Equal(["root"], evt.Indicators("p_any_usernames"));
    }

    [Fact]
    public async Task Batch_rows_added_and_removed_give_indicators_from_both_lists()
    {
        var line = JsonLine.From("""
            {
                "diffResults": {
                    "added": [{"remote_address": "203.0.113.5", "username": "ana"}],
                    "removed": [
                        {
                            "host_ip": "192.0.2.44",
                            "file_sha256": "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
                        }
                    ]
                },
                "name": "pack_conn",
                "hostIdentifier": "db-2",
                "calendarTime": "Mon Mar  2 08:15:00 2026 UTC",
                "unixTime": "1772439300",
                "epoch": "0",
                "counter": "4",
                "numerics": false
            }
            """);

        var run = await ParseRun.ReadAsync(line);

        var evt = Assert.Single(run.Events);
        Assert.Equal("Osquery.Batch", evt.LogType);
        Assert.Equal(["192.0.2.44", "203.0.113.5"], evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(["ana"], evt.Indicators("p_any_usernames"));
        Assert.Equal(["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
            evt.Indicators("p_any_sha256_hashes"));
        Assert.Equal(["db-2"], evt.Indicators("p_any_domain_names"));
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("snapshot")]
    [InlineData("ADDED")]
    public async Task A_result_line_whose_action_is_not_added_or_removed_is_not_differential(string action)
    {
        var line = $$$"""{"name":"q","hostIdentifier":"h","action":"{{{action}}}","columns":{"a":"1"}}""";

        var run = await ParseRun.ReadAsync(line, logType: "Osquery.Differential");

        var bad = Assert.Single(run.Quarantined);
        Assert.Equal(
            $"not a valid Osquery.Differential event: required field 'action' has value '{action}', which the "
            + "schema does not allow",
            bad.Reason);
    }

    [Fact]
    public async Task A_differential_line_without_columns_is_quarantined_naming_columns()
    {
        var line = JsonLine.From("""
            {"name": "q", "hostIdentifier": "h", "action": "added", "calendarTime": "Mon Mar  2 08:15:00 2026 UTC"}
            """);

        var run = await ParseRun.ReadAsync(line);

        var bad = Assert.Single(run.Quarantined);
        Assert.StartsWith("no registered log type matched (Osquery.Differential: missing required field 'columns';",
            bad.Reason, StringComparison.Ordinal);
    }
}
