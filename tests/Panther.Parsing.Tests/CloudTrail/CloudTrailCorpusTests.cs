using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.CloudTrail;

/// <summary>Golden tests over real CloudTrail logs in the shared corpus.</summary>
public class CloudTrailCorpusTests
{
    public static TheoryData<string> CleanFiles =>
    [
        "aws-docs-examples.jsonl",
        "otrf-security-datasets-ec2-proxy-s3-exfiltration.jsonl",
        "stratus-red-team-detonation-logs.jsonl",
        "streamalert-rule-tests-flattened.jsonl",
        "raw/aws-docs-records-0.json",
        "raw/aws-docs-records-1.json",
        "raw/aws-docs-records-2.json",
        "raw/aws-docs-records-3.json",
        "raw/aws-docs-records-4.json",
        "raw/aws-docs-records-5.json",
        "raw/aws-docs-records-6.json",
        "raw/aws-docs-records-7.json",
        "raw/stratus-red-team-iam-backdoor-role.pretty-array.json",
        "raw/streamalert-records-objects-one-per-line.jsonl",
        "envelopes/eventbridge-aws-api-call-via-cloudtrail-stepfunctions-docs.jsonl",
    ];

    [SkippableTheory]
    [MemberData(nameof(CleanFiles))]
    public async Task Every_record_of_a_real_log_file_parses(string file)
    {
        var path = TestCorpus.Path("cloudtrail", file);

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Empty(run.Quarantined);
        Assert.Equal(CountRecords(path), run.Events.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(CleanFiles))]
    [InlineData("panther-analysis-tests.jsonl")]
    public async Task Every_input_leaf_value_is_present_in_the_normalized_output(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("cloudtrail", file));

        LeafComparer.AssertEveryLeafKept(run.Events);
    }

    [SkippableTheory]
    [MemberData(nameof(CleanFiles))]
    [InlineData("panther-analysis-tests.jsonl")]
    public async Task Event_time_account_ids_arns_and_ips_match_the_input(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("cloudtrail", file));

        foreach (var evt in run.Events.Where(e => e.LogType == "AWS.CloudTrail"))
        {
            using var input = JsonDocument.Parse(evt.Input);
            var root = input.RootElement;
            Assert.Equal(ExpectedEventTime(root), evt.EventTime);
            var accounts = Strings(root, "userIdentity", "accountId").Concat(Strings(root, "recipientAccountId"));
            foreach (var account in accounts.Where(a => a.Length == 12 && a.All(char.IsAsciiDigit)))
            {
                Assert.Contains(account, evt.Indicators("p_any_aws_account_ids"));
            }

            var arns = Strings(root, "userIdentity", "arn");
            foreach (var arn in arns.Where(a => a.StartsWith("arn:", StringComparison.Ordinal)
                && a.Count(c => c == ':') >= 5))
            {
                Assert.Contains(arn, evt.Indicators("p_any_aws_arns"));
            }

            foreach (var ip in Strings(root, "sourceIPAddress").Where(s => IPAddress.TryParse(s, out _)
                && !s.Split('.').Any(p => p.Length > 1 && p[0] == '0')))
            {
                Assert.Contains(ip, evt.Indicators("p_any_ip_addresses"));
            }

            var found = evt.Indicators("p_any_aws_arns");
            Assert.Equal(found.Order(StringComparer.Ordinal), found);
        }
    }

    [SkippableFact]
    public async Task Partial_rule_test_events_parse_or_are_quarantined_for_a_missing_identifying_field()
    {
        var path = TestCorpus.Path("cloudtrail", "panther-analysis-tests.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Equal(CountRecords(path), run.Events.Count + run.Quarantined.Count);
        Assert.All(run.Quarantined, q => Assert.StartsWith(
            "no registered log type matched (AWS.CloudTrail: missing required field 'event", q.Reason,
            StringComparison.Ordinal));
        Assert.True(run.Events.Count >= 430, $"only {run.Events.Count} events parsed");
    }

    [SkippableFact]
    public async Task EventBridge_envelopes_are_unwrapped_and_an_empty_detail_is_quarantined()
    {
        var path = TestCorpus.Path("cloudtrail", "envelopes", "streamalert-eventbridge-cloudwatch-events.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        Assert.Equal(15, run.Events.Count);
        Assert.All(run.Events, e => Assert.Equal("AWS.CloudTrail", e.LogType));
        var record = Assert.Single(run.Quarantined);
        Assert.Equal(16, record.Position.Line);
        Assert.Equal("{}", record.GetText());
    }

    [SkippableFact]
    public async Task CloudWatch_logs_messages_are_decoded_and_control_messages_are_skipped_and_counted()
    {
        var path = TestCorpus.Path("cloudtrail", "envelopes", "streamalert-cloudwatch-logs-subscription.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        var evt = Assert.Single(run.Events);
        Assert.Equal("bar", evt.Json.GetProperty("eventName").GetString());
        Assert.Equal(1, evt.Position.Record);
        Assert.Equal(1, run.Skipped);
        Assert.Empty(run.Quarantined);
    }

    [SkippableFact]
    public async Task Digest_and_insight_events_among_docs_examples_get_their_own_log_types()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("cloudtrail", "aws-docs-examples.jsonl"));

        var digests = run.Events.Where(e => e.LogType == "AWS.CloudTrailDigest").ToList();
        Assert.Equal(2, digests.Count);
        Assert.Equal(5, run.Events.Count(e => e.LogType == "AWS.CloudTrailInsight"));
        using var first = JsonDocument.Parse(digests[0].Input);
        var end = DateTimeOffset.Parse(first.RootElement.GetProperty("digestEndTime").GetString()!,
            CultureInfo.InvariantCulture).UtcDateTime;
        Assert.Equal(end, digests[0].EventTime);
    }

    internal static int CountRecords(string path)
    {
        var text = File.ReadAllText(path).TrimStart();
        if (text.StartsWith('['))
        {
            return JsonDocument.Parse(text).RootElement.GetArrayLength();
        }

        if (!path.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("Records").GetArrayLength();
        }

        var count = 0;
        foreach (var line in File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            count += root.TryGetProperty("Records", out var records) ? records.GetArrayLength()
                : root.TryGetProperty("logEvents", out var logEvents) ? logEvents.GetArrayLength()
                : 1;
        }

        return count;
    }

    private static DateTime ExpectedEventTime(JsonElement root)
    {
        if (!root.TryGetProperty("eventTime", out var time) || time.ValueKind != JsonValueKind.String)
        {
            return ParseRun.ParseTime;
        }

        var match = Regex.Match(time.GetString()!,
            @"^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)?$");
        if (!match.Success)
        {
            return ParseRun.ParseTime;
        }

        var fraction = match.Groups[3].Value.PadRight(7, '0')[..7];
        var text = $"{match.Groups[1].Value}T{match.Groups[2].Value}.{fraction}{match.Groups[4].Value}";
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
            out var parsed) ? parsed.UtcDateTime : ParseRun.ParseTime;
    }

    private static IEnumerable<string> Strings(JsonElement root, params string[] path)
    {
        var current = root;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return [];
            }
        }

        return current.ValueKind == JsonValueKind.String ? [current.GetString()!] : [];
    }
}
