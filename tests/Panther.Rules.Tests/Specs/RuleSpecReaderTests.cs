using Panther.Parsing.Events;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Tests.Specs;

public sealed class RuleSpecReaderTests
{
    private const string Spec = """
        AnalysisType: rule
        RuleID: AWS.Console.RootLogin
        DisplayName: Root console login
        Enabled: true
        Filename: root_login.js
        LogTypes:
          - AWS.CloudTrail
        Severity: High
        DedupPeriodMinutes: 15
        Threshold: 2
        Tags:
          - AWS
          - Identity & Access Management
        Reports:
          MITRE ATT&CK:
            - TA0001:T1078
        Description: The root user signed in.
        Runbook: Check who holds the root credentials.
        Reference: https://example.com/root
        SummaryAttributes:
          - sourceIPAddress
        OutputIds:
          - slack-security
        Tests:
          - Name: Root login
            ExpectedResult: true
            Log:
              {
                "eventName": "ConsoleLogin",
                "userIdentity": {"type": "Root", "mfa": True,},
                "responseElements": {"ConsoleLogin": "Success"},
                "count": 3,
                "ratio": 0.5,
                "missing": null,
                "p_log_type": "AWS.CloudTrail",
              }
          - Name: IAM user login
            ExpectedResult: False
            Log:
              eventName: ConsoleLogin
              userIdentity:
                type: IAMUser
        """;

    [Fact]
    public void Every_panther_analysis_key_is_read()
    {
        var spec = RuleSpecReader.Read(Spec, "/rules/root_login.yml", out var type)!;

        Assert.Equal("rule", type);
        Assert.Equal("AWS.Console.RootLogin", spec.Id);
        Assert.Equal("Root console login", spec.DisplayName);
        Assert.True(spec.Enabled);
        Assert.Equal("/rules/root_login.js", spec.BodyPath);
        Assert.Equal(["AWS.CloudTrail"], spec.LogTypes);
        Assert.Equal(Severity.High, spec.Severity);
        Assert.Equal(TimeSpan.FromMinutes(15), spec.DedupPeriod);
        Assert.Equal(2, spec.Threshold);
        Assert.Equal(["AWS", "Identity & Access Management"], spec.Tags);
        Assert.Equal(["TA0001:T1078"], spec.Reports["MITRE ATT&CK"]);
        Assert.Equal("The root user signed in.", spec.Description);
        Assert.Equal("Check who holds the root credentials.", spec.Runbook);
        Assert.Equal("https://example.com/root", spec.Reference);
        Assert.Equal(["sourceIPAddress"], spec.SummaryAttributes);
        Assert.Equal(["slack-security"], spec.OutputIds);
        Assert.Equal(16, spec.Version!.Length);
        Assert.Equal(2, spec.Tests.Count);
    }

    [Fact]
    public void A_json_style_log_with_trailing_commas_and_python_booleans_is_read_as_written()
    {
        var spec = RuleSpecReader.Read(Spec, "root_login.yml", out _)!;

        var test = spec.Tests[0];
        var log = EventDocument.Parse(test.LogJson).Root;

        Assert.Equal("Root login", test.Name);
        Assert.True(test.ExpectedResult);
        Assert.Equal("AWS.CloudTrail", test.LogType);
        Assert.True(log["userIdentity"]["mfa"].TryGetBoolean(out var mfa) && mfa);
        Assert.True(log["count"].TryGetInt64(out var count));
        Assert.Equal(3, count);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, log["missing"].Kind);
        Assert.True(log["ratio"].TryGetDouble(out var ratio));
        Assert.Equal(0.5, ratio);
    }

    [Fact]
    public void A_block_style_log_and_capitalised_false_are_read()
    {
        var spec = RuleSpecReader.Read(Spec, "root_login.yml", out _)!;

        var test = spec.Tests[1];

        Assert.False(test.ExpectedResult);
        Assert.Equal("IAMUser", EventDocument.Parse(test.LogJson).Root["userIdentity"]["type"].GetString());
        Assert.Null(test.LogType);
    }

    [Fact]
    public void Defaults_follow_panther()
    {
        var spec = RuleSpecReader.Read("""
            AnalysisType: rule
            RuleID: Minimal
            Filename: minimal.js
            LogTypes: [Okta.SystemLog]
            """, "minimal.yml", out _)!;

        Assert.True(spec.Enabled);
        Assert.Equal(Severity.Info, spec.Severity);
        Assert.Equal(TimeSpan.FromMinutes(60), spec.DedupPeriod);
        Assert.Equal(1, spec.Threshold);
        Assert.Empty(spec.Tests);
    }

    [Fact]
    public void Other_analysis_types_are_not_rules()
    {
        var spec = RuleSpecReader.Read("AnalysisType: policy\nPolicyID: x\n", "policy.yml", out var type);

        Assert.Null(spec);
        Assert.Equal("policy", type);
    }

    [Theory]
    [InlineData("AnalysisType: rule\nFilename: x.js\nLogTypes: [A.B]\n", "RuleID is required")]
    [InlineData("AnalysisType: rule\nRuleID: X\nLogTypes: [A.B]\n", "needs a Filename")]
    [InlineData("AnalysisType: rule\nRuleID: X\nFilename: x.js\n", "LogTypes")]
    [InlineData("AnalysisType: rule\nRuleID: X\nFilename: x.js\nLogTypes: [A.B]\nSeverity: Urgent\n", "Urgent")]
    [InlineData("AnalysisType: rule\nRuleID: X\nFilename: x.js\nLogTypes: [A.B]\nThreshold: 0\n", "Threshold")]
    [InlineData("AnalysisType: rule\nRuleID: X\nFilename: x.js\nLogTypes: [A.B]\nTests:\n  - Name: t\n    Log: {}\n",
        "ExpectedResult")]
    [InlineData("AnalysisType: rule\nRuleID: X\n  Filename: [x.js\n", "not valid YAML")]
    public void Bad_specs_are_errors_that_name_the_file_and_the_problem(string yaml, string expected)
    {
        var error = Assert.Throws<RuleLoadException>(() => RuleSpecReader.Read(yaml, "rules/bad.yml", out _));

        Assert.StartsWith("rules/bad.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_refused_without_expanding_it()
    {
        var yaml = new System.Text.StringBuilder("AnalysisType: rule\nRuleID: Bomb\nFilename: b.js\nLogTypes: [A.B]\n");
        yaml.Append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var previous = $"*a{i - 1}";
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var error = Assert.Throws<RuleLoadException>(() => RuleSpecReader.Read(yaml.ToString(), "bomb.yml", out _));

        Assert.Contains("more than 1,000,000 values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused()
    {
        var error = Assert.Throws<RuleLoadException>(() =>
            RuleSpecReader.Read("AnalysisType: rule\nX: &x [1, *x]\n", "cycle.yml", out _));

        Assert.Contains("alias *x refers to an anchor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_to_complete_anchors_are_expanded()
    {
        var spec = RuleSpecReader.Read("""
            AnalysisType: rule
            RuleID: Alias
            Filename: a.js
            LogTypes: &types [AWS.CloudTrail]
            Tags: *types
            """, "alias.yml", out _)!;

        Assert.Equal(["AWS.CloudTrail"], spec.Tags);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(129)]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_crash(int depth)
    {
        var yaml = "AnalysisType: rule\nX: " + new string('[', depth) + new string(']', depth) + "\n";

        var error = Assert.Throws<RuleLoadException>(() => RuleSpecReader.Read(yaml, "deep.yml", out _));

        Assert.Contains("nested deeper than 128 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deeply_nested_test_log_is_an_error_naming_the_file()
    {
        var log = string.Concat(Enumerable.Repeat("{a: ", 1100)) + "1" + new string('}', 1100);
        var yaml = $"AnalysisType: rule\nRuleID: X\nFilename: x.js\nLogTypes: [A.B]\n"
            + $"Tests:\n  - Name: t\n    ExpectedResult: true\n    Log: {log}\n";

        var error = Assert.Throws<RuleLoadException>(() => RuleSpecReader.Read(yaml, "deep-log.yml", out _));

        Assert.StartsWith("deep-log.yml: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DedupPeriodMinutes: 100000000000", "DedupPeriodMinutes must be at most")]
    [InlineData("Threshold: 2147483648", "Threshold must be at most 2147483647")]
    [InlineData("Filename: ../secret.js", "must name a file in the spec's folder")]
    [InlineData("Filename: /etc/passwd.js", "must name a file in the spec's folder")]
    [InlineData("Filename: a/../../b.js", "must name a file in the spec's folder")]
    [InlineData("Severity: High\nSeverity: Low", "appears twice")]
    public void Out_of_range_values_escaping_bodies_and_duplicate_keys_are_errors(string line, string expected)
    {
        var yaml = $"AnalysisType: rule\nRuleID: X\nLogTypes: [A.B]\n{line}\n"
            + (line.StartsWith("Filename", StringComparison.Ordinal) ? "" : "Filename: x.js\n");

        var error = Assert.Throws<RuleLoadException>(() => RuleSpecReader.Read(yaml, "rules/x.yml", out _));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_in_a_subfolder_is_allowed()
    {
        var spec = RuleSpecReader.Read("AnalysisType: rule\nRuleID: X\nLogTypes: [A.B]\nFilename: bodies/x.js\n",
            "/rules/x.yml", out _)!;

        Assert.Equal("/rules/bodies/x.js", spec.BodyPath);
    }
}
