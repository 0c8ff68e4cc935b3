using System.Globalization;
using System.Text.RegularExpressions;
using Panther.Rules;
using Panther.Rules.Evaluation;
using Panther.Rules.Loading;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed partial class TestCommandTests : IDisposable
{
    private const string FailingSpec = """
        AnalysisType: rule
        RuleID: Test.AlwaysWrong
        LogTypes: [AWS.CloudTrail]
        Severity: Low
        Detection:
          - Key: eventName
            Condition: Equals
            Value: ConsoleLogin
        Tests:
          - Name: A sign-in that should match
            ExpectedResult: true
            Log: {"eventName": "ConsoleLogin",}
          - Name: A call that the spec wrongly expects to match
            ExpectedResult: true
            Log: {"eventName": "ListBuckets",}
        """;

    private static readonly string SampleRules = TestCorpus.SamplesPath("rules");

    private static readonly Lazy<RuleLoadResult> Loaded = new(() => CliRules.CreateLoader().LoadPath(SampleRules));

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Sample_rules_all_pass_their_tests()
    {
        var run = await CliRun.RunAsync("test", SampleRules);

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        var summary = Summary().Match(run.OutputLines[^1]);
        Assert.True(summary.Success, $"unexpected summary line: {run.OutputLines[^1]}");
        Assert.True(Count(summary, "rules") >= 18, run.OutputLines[^1]);
        Assert.Equal(0, Count(summary, "failed"));
        Assert.Equal(0, Count(summary, "notLoaded"));
        Assert.Equal(Count(summary, "tests"), Count(summary, "passed"));
        Assert.DoesNotContain(run.OutputLines, line => line.Contains("NO TESTS", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_rules_use_every_runtime_and_test_both_outcomes()
    {
        var loaded = Loaded.Value;

        Assert.Empty(loaded.Problems);
        var runtimes = loaded.Rules.GroupBy(rule => rule.Runtime)
            .ToDictionary(group => group.Key, group => group.Count());
        Assert.True(runtimes.GetValueOrDefault("javascript") >= 6, string.Join(", ", runtimes));
        Assert.True(runtimes.GetValueOrDefault("simple") >= 6, string.Join(", ", runtimes));
        Assert.True(runtimes.GetValueOrDefault("csharp") >= 4, string.Join(", ", runtimes));
        Assert.All(loaded.Rules, rule =>
        {
            Assert.Contains(rule.Spec.Tests, test => test.ExpectedResult);
            Assert.Contains(rule.Spec.Tests, test => !test.ExpectedResult);
        });
        foreach (var family in new[] { "AWS.", "Okta.", "Osquery.", "Suricata." })
        {
            Assert.True(loaded.Rules.Count(rule => rule.Spec.LogTypes.Any(type => type.StartsWith(family,
                StringComparison.Ordinal))) >= 3, $"fewer than 3 rules for {family}");
        }
    }

    [Theory]
    [InlineData("AWS.CloudTrail.RootConsoleLogin", "Root sign-in without MFA", Severity.Critical)]
    [InlineData("AWS.CloudTrail.RootConsoleLogin", "Root sign-in with MFA", Severity.High)]
    [InlineData("AWS.CloudTrail.SecurityGroupOpenToWorld", "SSH opened to the world", Severity.High)]
    [InlineData("AWS.CloudTrail.SecurityGroupOpenToWorld", "HTTPS opened to IPv6 world", Severity.Low)]
    [InlineData("Okta.SystemLog.AdminRoleAssigned", "Super administrator granted to a user", Severity.Critical)]
    [InlineData("AWS.CloudTrail.KMSKeyScheduledForDeletion", "Key scheduled for deletion in 7 days",
        Severity.Critical)]
    [InlineData("AWS.CloudTrail.KMSKeyScheduledForDeletion", "Key disabled", Severity.High)]
    [InlineData("AWS.CloudTrail.ThreatDetectionDisabled", "GuardDuty filter that archives findings", Severity.Medium)]
    [InlineData("Okta.SystemLog.MFAFactorReset", "Admin resets every factor of a user", Severity.High)]
    [InlineData("Okta.SystemLog.MFAFactorReset", "User deactivates their authenticator", Severity.Medium)]
    [InlineData("Okta.SystemLog.UserLockedOut", "Account locked", Severity.Medium)]
    [InlineData("Okta.SystemLog.PolicyRuleModified", "MFA rule deactivated", Severity.High)]
    [InlineData("Osquery.SuspiciousProcess", "curl piped to bash", Severity.Critical)]
    [InlineData("Osquery.AuthorizedKeysChanged", "Key added for root", Severity.High)]
    [InlineData("Osquery.AuthorizedKeysChanged", "Key removed for a user", Severity.Medium)]
    [InlineData("Suricata.HTTPScannerUserAgent", "Nikto", Severity.High)]
    [InlineData("Suricata.HTTPScannerUserAgent", "sqlmap probing a login form", Severity.Medium)]
    [InlineData("Suricata.DNSSuspiciousDomain", "Query for a block-listed domain", Severity.High)]
    [InlineData("Okta.SystemLog.ThreatSuspectedSignIn", "Successful sign-in with high risk", Severity.High)]
    [InlineData("Osquery.NewListeningPort", "Low port opened from /tmp", Severity.High)]
    [InlineData("Osquery.NewListeningPort", "Shell listening on a high port on all addresses", Severity.Medium)]
    [InlineData("Osquery.CrontabChanged", "Cron job that downloads a script", Severity.High)]
    [InlineData("Osquery.CrontabChanged", "Log rotation job", Severity.Low)]
    [InlineData("Suricata.HighSeverityAlert", "Blocked exploit attempt", Severity.Medium)]
    [InlineData("Suricata.TLSSuspiciousCertificate", "Self-signed certificate reached by IP address", Severity.Medium)]
    [InlineData("Suricata.TLSSuspiciousCertificate", "Expired certificate", Severity.Low)]
    public void Sample_rules_raise_dynamic_severities(string ruleId, string testName, Severity expected)
    {
        var rule = Loaded.Value.Rules.Single(candidate => candidate.Id == ruleId);
        var test = rule.Spec.Tests.Single(candidate => candidate.Name == testName);

        var result = RuleEvaluator.Evaluate(rule, RuleEvent.FromJson(test.LogJson, rule.Spec.LogTypes[0]));

        Assert.NotNull(result);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Severity);
    }

    [Fact]
    public async Task A_spec_whose_test_fails_exits_1_with_a_fail_row_and_the_reason()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "always_wrong.yml"), FailingSpec);

        var run = await CliRun.RunAsync("test", _folder.FullName);

        Assert.Equal(1, run.ExitCode);
        var row = Assert.Single(run.OutputLines, line => line.Contains(" FAIL ", StringComparison.Ordinal));
        Assert.StartsWith("Test.AlwaysWrong", row, StringComparison.Ordinal);
        Assert.Contains("A call that the spec wrongly expects to match", row, StringComparison.Ordinal);
        Assert.Contains("expected a match, got no match", row, StringComparison.Ordinal);
        Assert.Contains(run.OutputLines, line => line.Contains(" PASS ", StringComparison.Ordinal));
        Assert.EndsWith("1 rules, 2 tests: 1 passed, 1 failed; 0 not loaded; 0 skipped (no runtime)",
            run.OutputLines[^1], StringComparison.Ordinal);
    }

    private static int Count(Match summary, string group) =>
        int.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<rules>\d+) rules, (?<tests>\d+) tests: (?<passed>\d+) passed, (?<failed>\d+) failed; "
        + @"(?<notLoaded>\d+) not loaded; \d+ skipped")]
    private static partial Regex Summary();
}
