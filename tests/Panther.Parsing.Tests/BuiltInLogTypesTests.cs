using Panther.Tests.Shared;

namespace Panther.Parsing.Tests;

/// <summary>
/// With every built-in log type registered, each family's logs classify into that family and no other: the
/// required fields of one family never accept another family's events.
/// </summary>
public class BuiltInLogTypesTests
{
    public static TheoryData<string, string> OwnFamilyFiles => new()
    {
        { "osquery/osquery-docs-examples.jsonl", "Osquery." },
        { "osquery/panther-analysis-tests.jsonl", "Osquery." },
        { "osquery/streamalert-rule-tests.jsonl", "Osquery." },
        { "bugs/OS-01-utf8-as-literal-hex-escapes.jsonl", "Osquery." },
        { "bugs/OS-03-logNumericsAsNumbers-string-and-numbers-still-strings.jsonl", "Osquery." },
        { "bugs/OS-05-batch-top-level-numbers-columns-strings.jsonl", "Osquery." },
        { "bugs/OS-07-truncated-result-line.jsonl", "Osquery." },
        { "okta/okta-developer-docs-examples.jsonl", "Okta." },
        { "okta/panther-analysis-tests.jsonl", "Okta." },
        { "okta/panther-analysis-tests-lowercased-keys.jsonl", "Okta." },
        { "okta/streamalert-rule-tests.jsonl", "Okta." },
        { "bugs/OK-01-risk-kv-with-commas-in-braces.jsonl", "Okta." },
        { "bugs/OK-03-logOnlySecurityData-object-vs-string.jsonl", "Okta." },
        { "bugs/OK-05-changeDetails-java-map-string-vs-object.jsonl", "Okta." },
        { "bugs/OK-07-target-null-empty-and-detailEntry-object.jsonl", "Okta." },
    };

    public static TheoryData<string> ForeignFiles =>
    [
        "cloudtrail/aws-docs-examples.jsonl",
        "cloudtrail/otrf-security-datasets-ec2-proxy-s3-exfiltration.jsonl",
        "cloudtrail/panther-analysis-tests.jsonl",
        "cloudtrail/streamalert-rule-tests-flattened.jsonl",
        "suricata/dcso-fever-testdata.jsonl",
        "suricata/suricata-sample-data-alerts.jsonl",
        "suricata/suricata-verify-partial-events.jsonl",
        "suricata/telegraf-testdata.jsonl",
    ];

    [Fact]
    public void Every_family_is_registered_in_order()
    {
        var names = BuiltInLogTypes.All.Select(s => s.Name).ToList();
        Assert.Equal(
            ["AWS.CloudTrail", "AWS.CloudTrailDigest", "AWS.CloudTrailInsight", "Osquery.Differential",
                "Osquery.Batch", "Osquery.Snapshot", "Osquery.Status", "Okta.SystemLog"],
            names.Take(8));
        Assert.Equal(30, names.Count(n => n.StartsWith("Suricata.", StringComparison.Ordinal)));
        Assert.Equal("Suricata.Other", names[^1]);
        Assert.Equal(BuiltInLogTypes.All.Count, BuiltInLogTypes.CreateRegistry().Count);
    }

    [SkippableTheory]
    [MemberData(nameof(OwnFamilyFiles))]
    public async Task Every_event_of_a_family_file_classifies_into_that_family(string file, string family)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path(file.Split('/')));

        Assert.All(run.Events, e => Assert.StartsWith(family, e.LogType, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Every_line_of_the_stratus_detonation_logs_stays_cloudtrail()
    {
        var run = await ParseRun.ReadFileAsync(
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"));

        Assert.Empty(run.Quarantined);
        Assert.Equal(310, run.Events.Count);
        Assert.All(run.Events, e => Assert.Equal("AWS.CloudTrail", e.LogType));
    }

    [SkippableTheory]
    [MemberData(nameof(ForeignFiles))]
    public async Task No_cloudtrail_or_suricata_line_is_taken_for_osquery_or_okta(string file)
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path(file.Split('/')));

        Assert.DoesNotContain(run.Events, e => e.LogType.StartsWith("Osquery.", StringComparison.Ordinal)
            || e.LogType.StartsWith("Okta.", StringComparison.Ordinal));
    }
}
