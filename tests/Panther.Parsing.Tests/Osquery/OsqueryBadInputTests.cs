using System.Text.Json;
using Panther.Parsing.Osquery;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Osquery;

/// <summary>The osquery cases of the corpus's bad-input catalogue (corpus/bugs/README.md), each with its
/// outcome.</summary>
public class OsqueryBadInputTests
{
    [SkippableFact]
    public async Task OS01_literal_hex_escapes_are_kept_exactly_and_decode_on_request()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "OS-01-utf8-as-literal-hex-escapes.jsonl"));

        Assert.Empty(run.Quarantined);
        Assert.Equal(2, run.Events.Count);
        Assert.All(run.Events, e => Assert.Equal("Osquery.Differential", e.LogType));
        Assert.All(run.Events, e => Assert.Empty(e.Errors));
        var bike = run.Events[0].Json;
        Assert.Equal("host-\\xF0\\x9F\\x9A\\xB2", bike.GetProperty("hostIdentifier").GetString());
        Assert.Equal("\\xF0\\x9F\\x9A\\xB2", bike.GetProperty("columns").GetProperty("'🚲'").GetString());
        Assert.Contains("\"hostIdentifier\":\"host-\\\\xF0\\\\x9F\\\\x9A\\\\xB2\"", run.Events[0].Input,
            StringComparison.Ordinal);
        Assert.Empty(run.Events[0].Indicators("p_any_domain_names"));
        var trademark = run.Events[1].Json.GetProperty("columns").GetProperty("'Microsoft®'").GetString()!;
        Assert.Equal("Microsoft\\xC2\\xAE", trademark);
        Assert.Equal("Microsoft®", OsqueryText.DecodeHexEscapes(trademark));
        Assert.Equal("host-🚲", OsqueryText.DecodeHexEscapes(bike.GetProperty("hostIdentifier").GetString()!));
        Assert.Equal(new DateTime(2018, 11, 9, 20, 58, 0, DateTimeKind.Utc), run.Events[0].EventTime);
    }

    [SkippableFact]
    public async Task OS03_a_numerics_flag_written_as_a_string_is_read_and_string_columns_stay_strings()
    {
        var run = await ParseRun.ReadFileAsync(
            TestCorpus.Path("bugs", "OS-03-logNumericsAsNumbers-string-and-numbers-still-strings.jsonl"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("Osquery.Differential", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.True(evt.Json.GetProperty("logNumericsAsNumbers").GetBoolean());
        Assert.Equal(1574387245, evt.Json.GetProperty("unixTime").GetInt64());
        Assert.Equal(728, evt.Json.GetProperty("counter").GetInt64());
        var columns = evt.Json.GetProperty("columns");
        Assert.Equal("1574387245", columns.GetProperty("unix_time").GetString());
        Assert.Equal("132188608455002220", columns.GetProperty("win_timestamp").GetString());
        Assert.Equal(new DateTime(2019, 11, 22, 1, 47, 25, DateTimeKind.Utc), evt.EventTime);
        Assert.Equal(["desktop-example"], evt.Indicators("p_any_domain_names"));
        using var input = JsonDocument.Parse(evt.Input);
        Assert.Empty(OsqueryLeaves.FindMissingLeaves(input.RootElement, evt.Json));
    }

    [Fact]
    public async Task OS03_column_values_sent_as_numbers_are_kept_and_the_flag_may_be_a_boolean()
    {
        var line = JsonLine.From("""
            {
                "name": "pack_net_sockets",
                "hostIdentifier": "web-01",
                "calendarTime": "Mon Mar  2 08:15:00 2026 UTC",
                "unixTime": 1772439300,
                "epoch": 0,
                "counter": 3,
                "logNumericsAsNumbers": true,
                "numerics": "false",
                "columns": {"pid": 812, "remote_port": 443, "remote_address": "203.0.113.9", "cpu": 0.25},
                "action": "added"
            }
            """);

        var run = await ParseRun.ReadAsync(line);

        var evt = Assert.Single(run.Events);
        Assert.Empty(evt.Errors);
        Assert.True(evt.Json.GetProperty("logNumericsAsNumbers").GetBoolean());
        Assert.False(evt.Json.GetProperty("numerics").GetBoolean());
        var columns = evt.Json.GetProperty("columns");
        Assert.Equal("812", columns.GetProperty("pid").GetString());
        Assert.Equal("0.25", columns.GetProperty("cpu").GetString());
        Assert.Equal(["203.0.113.9"], evt.Indicators("p_any_ip_addresses"));
    }

    [SkippableFact]
    public async Task OS05_batch_header_numbers_and_string_columns_parse_row_by_row()
    {
        var run = await ParseRun.ReadFileAsync(
            TestCorpus.Path("bugs", "OS-05-batch-top-level-numbers-columns-strings.jsonl"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("Osquery.Batch", evt.LogType);
        Assert.Empty(evt.Errors);
        Assert.Equal(1522607830, evt.Json.GetProperty("unixTime").GetInt64());
        Assert.Equal(0, evt.Json.GetProperty("epoch").GetInt64());
        var diff = evt.Json.GetProperty("diffResults");
        Assert.Equal(0, diff.GetProperty("removed").GetArrayLength());
        var row = Assert.Single(diff.GetProperty("added").EnumerateArray().ToList());
        Assert.Equal("501", row.GetProperty("uid").GetString());
        Assert.Equal(new DateTime(2018, 4, 1, 18, 37, 10, DateTimeKind.Utc), evt.EventTime);
        Assert.Equal(["example"], evt.Indicators("p_any_usernames"));
        Assert.Equal(["host.example.local"], evt.Indicators("p_any_domain_names"));
    }

    [SkippableFact]
    public async Task OS07_a_truncated_result_line_is_quarantined_with_its_line_and_the_next_line_parses()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "OS-07-truncated-result-line.jsonl"));

        var bad = Assert.Single(run.Quarantined);
        Assert.Equal(1, bad.Position.Line);
        Assert.Equal(0, bad.Position.ByteOffset);
        Assert.StartsWith("invalid JSON at byte 97 of the record", bad.Reason, StringComparison.Ordinal);
        Assert.EndsWith("\"calendarTime\":\"Sat Sep  9 15:03", bad.GetText(), StringComparison.Ordinal);
        var evt = Assert.Single(run.Events);
        Assert.Equal(2, evt.Position.Line);
        Assert.Equal("Osquery.Differential", evt.LogType);
        Assert.Equal(new DateTime(2023, 9, 9, 15, 4, 1, DateTimeKind.Utc), evt.EventTime);
    }
}
