using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Panther.Parsing.Tests.CloudTrail;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Okta;

/// <summary>Golden tests over real Okta System Log events in the shared corpus.</summary>
public partial class OktaCorpusTests
{
    private const string NoMatch = "no registered log type matched (";

    public static TheoryData<string> Files =>
    [
        "okta-developer-docs-examples.jsonl",
        "panther-analysis-tests.jsonl",
        "streamalert-rule-tests.jsonl",
    ];

    [SkippableFact]
    public async Task Docs_examples_parse_and_the_one_published_on_september_31_keeps_a_parse_error()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", "okta-developer-docs-examples.jsonl"));

        Assert.Empty(run.Quarantined);
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], run.Events.Select(e => e.Position.Line));
        Assert.All(run.Events, e => Assert.Equal("Okta.SystemLog", e.LogType));
        Assert.All(run.Events.Take(6), e => Assert.Empty(e.Errors));
        var bad = run.Events[6];
        Assert.Equal(
            new("published", "not a timestamp in format 'rfc3339', found '2017-09-31T22:23:07.777Z'"),
            Assert.Single(bad.Errors));
        Assert.False(bad.HasOwnEventTime);
        Assert.Equal("2017-09-31T22:23:07.777Z", bad.Json.GetProperty("published").GetString());
    }

    [SkippableFact]
    public async Task Rule_test_events_without_a_readable_uuid_or_published_are_quarantined_naming_the_field()
    {
        var path = TestCorpus.Path("okta", "panther-analysis-tests.jsonl");
        var expected = new Dictionary<long, string>
        {
            [1] = "missing required field 'uuid'",
            [2] = "missing required field 'uuid'",
            [3] = "missing required field 'uuid'",
            [19] = "missing required field 'published'",
            [20] = "missing required field 'published'",
            [22] = "missing required field 'published'",
            [23] = "missing required field 'uuid'",
            [24] = "missing required field 'uuid'",
            [28] = "missing required field 'published'",
        };

        var all = await ParseRun.ReadFileAsync(path);
        var oktaOnly = await ParseRun.ReadAsync(await File.ReadAllBytesAsync(path), logType: "Okta.SystemLog");

        Assert.Equal(expected.Keys, all.Quarantined.Select(q => q.Position.Line));
        Assert.All(all.Quarantined, q => Assert.StartsWith(NoMatch, q.Reason, StringComparison.Ordinal));
        Assert.All(all.Quarantined, q => Assert.Contains($"Okta.SystemLog: {expected[q.Position.Line]};", q.Reason,
            StringComparison.Ordinal));
        Assert.Equal(expected.Select(e => (e.Key, $"not a valid Okta.SystemLog event: {e.Value}")),
            oktaOnly.Quarantined.Select(q => (q.Position.Line, q.Reason)));
        Assert.Equal(21, all.Events.Count);
        Assert.All(all.Events.Where(e => e.Position.Line is >= 16 and <= 18), e => Assert.Equal(
            new("published", "not a timestamp in format 'rfc3339', found 'redacted'"), Assert.Single(e.Errors)));
        Assert.All(all.Events, e => Assert.Equal("Okta.SystemLog", e.LogType));
    }

    [SkippableFact]
    public async Task Lower_cased_top_level_keys_do_not_match_and_each_line_is_quarantined_naming_the_field()
    {
        var path = TestCorpus.Path("okta", "panther-analysis-tests-lowercased-keys.jsonl");
        long[] withoutUuid = [30, 32, 33];

        var all = await ParseRun.ReadFileAsync(path);
        var oktaOnly = await ParseRun.ReadAsync(await File.ReadAllBytesAsync(path), logType: "Okta.SystemLog");

        Assert.Empty(all.Events);
        Assert.Equal(Enumerable.Range(1, 33).Select(i => (long)i), all.Quarantined.Select(q => q.Position.Line));
        Assert.All(all.Quarantined.Where(q => !withoutUuid.Contains(q.Position.Line)), q => Assert.StartsWith(
            NoMatch + "Okta.SystemLog: missing required field 'eventType';", q.Reason, StringComparison.Ordinal));
        Assert.All(oktaOnly.Quarantined, q => Assert.Equal(
            withoutUuid.Contains(q.Position.Line)
                ? "not a valid Okta.SystemLog event: missing required field 'uuid'"
                : "not a valid Okta.SystemLog event: missing required field 'eventType'",
            q.Reason));
        Assert.Equal(33, oktaOnly.Quarantined.Count);
    }

    [SkippableFact]
    public async Task The_streamalert_rule_test_event_parses_with_its_placeholders()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", "streamalert-rule-tests.jsonl"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("Okta.SystemLog", evt.LogType);
        Assert.Equal("...", evt.Json.GetProperty("uuid").GetString());
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), evt.EventTime);
        Assert.Equal(["user@domain.com"], evt.Indicators("p_any_emails"));
        Assert.Equal(["192.168.1.1"], evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(["google.com"], evt.Indicators("p_any_domain_names"));
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Every_input_leaf_value_is_present_in_the_normalized_output(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", file));

        Assert.NotEmpty(run.Events);
        LeafComparer.AssertEveryLeafKept(run.Events);
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Event_time_is_published(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", file));

        foreach (var evt in run.Events.Where(e => e.Errors.Count == 0))
        {
            using var input = JsonDocument.Parse(evt.Input);
            Assert.True(evt.HasOwnEventTime);
            Assert.Equal(ReadPublished(input.RootElement.GetProperty("published").GetString()!), evt.EventTime);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Client_and_chain_addresses_actor_logins_target_emails_and_domains_are_indicators(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", file));

        foreach (var evt in run.Events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            var root = input.RootElement;
            var addresses = Strings(root, "client", "ipAddress")
                .Concat(Elements(root, "request", "ipChain").SelectMany(e => Strings(e, "ip")));
            foreach (var ip in addresses.Where(IsPlainIp))
            {
                Assert.Contains(ip, evt.Indicators("p_any_ip_addresses"));
            }

            foreach (var login in Strings(root, "actor", "alternateId"))
            {
                Assert.Contains(login, evt.Indicators("p_any_usernames"));
            }

            var emails = Strings(root, "actor", "alternateId")
                .Concat(Elements(root, "target").SelectMany(t => Strings(t, "alternateId")));
            foreach (var email in emails.Where(e => e.Contains('@', StringComparison.Ordinal)))
            {
                Assert.Contains(email, evt.Indicators("p_any_emails"));
            }

            foreach (var domain in Strings(root, "securityContext", "domain").Where(d => d.Any(char.IsAsciiLetter)))
            {
                Assert.Contains(domain.ToLowerInvariant(), evt.Indicators("p_any_domain_names"));
            }
        }
    }

    [SkippableFact]
    public async Task Indicators_of_known_events_are_exact()
    {
        var docs = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", "okta-developer-docs-examples.jsonl"));
        var rules = await ParseRun.ReadFileAsync(TestCorpus.Path("okta", "panther-analysis-tests.jsonl"));

        var deactivate = docs.Events.Single(e => e.Position.Line == 2);
        Assert.Equal(["174.89.174.56"], deactivate.Indicators("p_any_ip_addresses"));
        Assert.Equal(["john.doe@example.com", "okta.trainer@okta.com"], deactivate.Indicators("p_any_emails"));
        Assert.Equal(["okta.trainer@okta.com"], deactivate.Indicators("p_any_usernames"));
        Assert.Equal(["example.com"], deactivate.Indicators("p_any_domain_names"));
        var concurrency = docs.Events.Single(e => e.Position.Line == 6);
        Assert.Equal(["4.15.16.10", "52.22.142.162"], concurrency.Indicators("p_any_ip_addresses"));
        var nestedChain = docs.Events.Single(e => e.Position.Line == 1);
        Assert.Equal(["142.126.158.61"], nestedChain.Indicators("p_any_ip_addresses"));
        var signIn = rules.Events.Single(e => e.Position.Line == 9);
        Assert.Contains("https://trial-2340039.okta.com", signIn.Indicators("p_any_urls"));
        Assert.Contains("trial-2340039.okta.com", signIn.Indicators("p_any_domain_names"));
        var system = rules.Events.Single(e => e.Position.Line == 21);
        Assert.Equal(["homer@springfield.gov", "system@okta.com"], system.Indicators("p_any_emails"));
        Assert.Equal(["system@okta.com"], system.Indicators("p_any_usernames"));
    }

    private static bool IsPlainIp(string text) =>
        System.Net.IPAddress.TryParse(text, out _) && (text.Contains(':', StringComparison.Ordinal)
            || DottedQuad().IsMatch(text));

    private static DateTime ReadPublished(string published)
    {
        var match = PublishedPattern().Match(published);
        Assert.True(match.Success, published);
        var fraction = match.Groups["fraction"].Value.PadRight(7, '0')[..7];
        var text = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}.{fraction}Z";
        return DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    private static IEnumerable<string> Strings(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return [];
            }
        }

        return current.ValueKind == JsonValueKind.String ? [current.GetString()!] : [];
    }

    private static IEnumerable<JsonElement> Elements(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return [];
            }
        }

        return current.ValueKind == JsonValueKind.Array ? [.. current.EnumerateArray()] : [];
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d\d-\d\d)[T ](?<time>\d\d:\d\d:\d\d)(?:\.(?<fraction>\d{1,9}))?Z?$")]
    private static partial Regex PublishedPattern();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){3}$")]
    private static partial Regex DottedQuad();
}
