using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Osquery;

/// <summary>Golden tests over real osquery logs in the shared corpus.</summary>
public partial class OsqueryCorpusTests
{
    private const string MissingHostIdentifier =
        "no registered log type matched (Osquery.Differential: missing required field 'hostIdentifier';";

    public static TheoryData<string> Files =>
    [
        "osquery-docs-examples.jsonl",
        "panther-analysis-tests.jsonl",
        "streamalert-rule-tests.jsonl",
    ];

    [SkippableFact]
    public async Task Docs_examples_get_their_result_types_including_the_legacy_hostname_shape()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "osquery-docs-examples.jsonl"));

        Assert.Equal(
            [(1L, "Osquery.Differential"), (2L, "Osquery.Differential"), (3L, "Osquery.Differential"),
                (4L, "Osquery.Snapshot"), (5L, "Osquery.Batch"), (6L, "Osquery.Differential"),
                (7L, "Osquery.Differential")],
            run.Events.Select(e => (e.Position.Line, e.LogType)));
        Assert.Empty(run.Quarantined);
        Assert.All(run.Events.Take(3), e => Assert.NotEmpty(e.Indicators("p_any_domain_names")
            .Concat(e.Indicators("p_any_ip_addresses"))));
    }

    [SkippableFact]
    public async Task Rule_test_events_are_differential_with_or_without_a_host_identifier()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "panther-analysis-tests.jsonl"));

        Assert.Empty(run.Quarantined);
        Assert.Equal(35, run.Events.Count);
        Assert.All(run.Events, e => Assert.Equal("Osquery.Differential", e.LogType));
    }

    [SkippableFact]
    public async Task Streamalert_rule_tests_hold_one_snapshot_and_eight_differential_events()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "streamalert-rule-tests.jsonl"));

        Assert.Empty(run.Quarantined);
        Assert.Equal(["Osquery.Snapshot", .. Enumerable.Repeat("Osquery.Differential", 8)],
            run.Events.Select(e => e.LogType));
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Every_input_leaf_value_is_present_in_the_normalized_output(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", file));

        Assert.NotEmpty(run.Events);
        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            Assert.Empty(OsqueryLeaves.FindMissingLeaves(input.RootElement, evt.Json));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Event_time_is_the_calendar_time_or_the_parse_time_when_it_is_missing_or_unreadable(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", file));

        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            var written = input.RootElement.TryGetProperty("calendarTime", out var raw) ? raw.GetString() : null;
            var expected = ExpectedEventTime(written);
            Assert.Equal(expected ?? ParseRun.ParseTime, evt.EventTime);
            Assert.Equal(expected is not null, evt.HasOwnEventTime);
            if (written is not null && expected is null)
            {
                var error = Assert.Single(evt.Errors);
                Assert.Equal("calendarTime", error.Path);
                Assert.Equal(written, evt.Json.GetProperty("calendarTime").GetString());
            }
        }
    }

    [SkippableFact]
    public async Task Hosts_addresses_and_users_of_known_events_are_indicators()
    {
        var docs = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "osquery-docs-examples.jsonl"));
        var rules = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "panther-analysis-tests.jsonl"));
        var streamalert = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", "streamalert-rule-tests.jsonl"));

        var socket = docs.Events.Single(e => e.Position.Line == 7);
        Assert.Equal(["172.217.164.110"], socket.Indicators("p_any_ip_addresses"));
        Assert.Equal(["vagrant"], socket.Indicators("p_any_domain_names"));
        var batch = docs.Events.Single(e => e.LogType == "Osquery.Batch");
        Assert.Equal(["hostname.local"], batch.Indicators("p_any_domain_names"));
        var mounts = rules.Events.Single(e => e.Position.Line == 20);
        Assert.Equal(["macbook-pro.local"], mounts.Indicators("p_any_domain_names"));
        var last = streamalert.Events.Single(e => e.Position.Line == 9);
        Assert.Equal(["10.0.2.2"], last.Indicators("p_any_ip_addresses"));
        Assert.Equal(["runlevel"], last.Indicators("p_any_usernames"));
        Assert.Equal(["sample_demisto"], last.Indicators("p_any_domain_names"));
        var snapshot = streamalert.Events.Single(e => e.LogType == "Osquery.Snapshot");
        Assert.Equal(["4c4c4544-0051-xxxx-yyyy-zzzzzzzzzzzz", "foo-hostname"],
            snapshot.Indicators("p_any_domain_names"));
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Every_address_column_that_holds_an_ip_is_an_indicator(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("osquery", file));

        foreach (var evt in run.Events.Where(e => e.Json.TryGetProperty("columns", out _)))
        {
            foreach (var column in evt.Json.GetProperty("columns").EnumerateObject())
            {
                var isAddress = column.Name is "address" or "host"
                    || column.Name.EndsWith("_address", StringComparison.Ordinal);
                if (isAddress && System.Net.IPAddress.TryParse(column.Value.GetString(), out _))
                {
                    Assert.Contains(column.Value.GetString(), evt.Indicators("p_any_ip_addresses"));
                }
            }
        }
    }

    /// <summary>Reads osquery's calendar time with the BCL, as an independent check of the strftime pattern.</summary>
    internal static DateTime? ExpectedEventTime(string? calendarTime)
    {
        if (calendarTime is null)
        {
            return null;
        }

        var collapsed = Spaces().Replace(calendarTime.Trim(), " ");
        return DateTime.TryParseExact(collapsed, "ddd MMM d HH:mm:ss yyyy 'UTC'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
    }

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();
}
