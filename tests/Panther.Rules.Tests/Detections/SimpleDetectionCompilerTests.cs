using Panther.Rules.Detections;
using Panther.Rules.Evaluation;
using Panther.Rules.Runtimes;

namespace Panther.Rules.Tests.Detections;

public class SimpleDetectionCompilerTests
{
    private const string RootLoginRule = """
        AnalysisType: rule
        RuleID: AWS.Console.RootLogin
        DisplayName: Root console login
        Enabled: true
        LogTypes:
          - AWS.CloudTrail
        Severity: High
        Detection:
          - KeyPath: eventName
            Condition: Equals
            Value: ConsoleLogin
          - DeepKey:
              - userIdentity
              - type
            Condition: Equals
            Value: Root
          - Any:
              - KeyPath: responseElements.ConsoleLogin
                Condition: Equals
                Value: Success
              - KeyPath: additionalEventData.MFAUsed
                Condition: IEquals
                Value: "no"
        InlineFilters:
          - Key: eventType
            Condition: Equals
            Value: AwsConsoleSignIn
        AlertTitle: "Root login from {sourceIPAddress} in {recipientAccountId}"
        GroupBy:
          - KeyPath: recipientAccountId
          - Key: sourceIPAddress
        DynamicSeverities:
          - ChangeTo: CRITICAL
            Conditions:
              - KeyPath: additionalEventData.MFAUsed
                Condition: Equals
                Value: "No"
          - ChangeTo: LOW
            Conditions:
              - Key: sourceIPAddress
                Condition: IsIPAddressPrivate
        AlertContext:
          - KeyName: ip
            KeyValue:
              Key: sourceIPAddress
          - KeyName: mfa
            KeyValue:
              KeyPath: additionalEventData.MFAUsed
          - KeyName: absent
            KeyValue:
              KeyPath: nothing.here
        Tests:
          - Name: Root login without MFA
            ExpectedResult: true
            Log:
              eventName: ConsoleLogin
              eventType: AwsConsoleSignIn
              userIdentity: {type: Root}
              responseElements: {ConsoleLogin: Success}
              additionalEventData: {MFAUsed: "No"}
              sourceIPAddress: 203.0.114.9
              recipientAccountId: "111122223333"
        """;

    private const string Login = """
        {"eventName":"ConsoleLogin","eventType":"AwsConsoleSignIn","userIdentity":{"type":"Root"},
         "responseElements":{"ConsoleLogin":"Success"},"additionalEventData":{"MFAUsed":"No"},
         "sourceIPAddress":"203.0.114.9","recipientAccountId":"111122223333"}
        """;

    [Fact]
    public void Panther_analysis_rule_matches_its_own_test_event()
    {
        var spec = DetectionYaml.Spec(RootLoginRule[RootLoginRule.IndexOf("Detection:", StringComparison.Ordinal)..]);
        var rule = SimpleDetectionCompiler.Compile(spec);

        Assert.True(rule.Matches(RuleEvent.FromJson(spec.Tests[0].LogJson)));
        Assert.False(rule.Matches(RuleEvent.FromJson(Login.Replace("Root", "IAMUser", StringComparison.Ordinal))));
    }

    [Fact]
    public void Alert_keys_give_title_dedup_severity_and_context()
    {
        var rule = Read(RootLoginRule);
        var evt = RuleEvent.FromJson(Login);

        Assert.Equal("Root login from 203.0.114.9 in 111122223333", rule.Title(evt));
        Assert.Equal("111122223333:203.0.114.9", rule.Dedup(evt));
        Assert.Equal(Severity.Critical, rule.Severity(evt));
        var context = rule.AlertContext(evt)!;
        Assert.Equal("203.0.114.9", (string?)context["ip"]);
        Assert.Equal("No", (string?)context["mfa"]);
        Assert.True(context.ContainsKey("absent"));
        Assert.Null(context["absent"]);
    }

    [Fact]
    public void Later_dynamic_severity_applies_when_earlier_ones_do_not_and_none_keeps_the_spec_severity()
    {
        var rule = Read(RootLoginRule);
        var privateIp = Login.Replace("\"No\"", "\"Yes\"", StringComparison.Ordinal)
            .Replace("203.0.114.9", "10.0.0.5", StringComparison.Ordinal);
        var publicIp = Login.Replace("\"No\"", "\"Yes\"", StringComparison.Ordinal);

        Assert.Equal(Severity.Low, rule.Severity(RuleEvent.FromJson(privateIp)));
        Assert.Null(rule.Severity(RuleEvent.FromJson(publicIp)));
    }

    [Fact]
    public void Title_keeps_the_placeholder_of_a_missing_key()
    {
        var rule = DetectionYaml.Compile(
            "Detection: [{Condition: AlwaysTrue}]\nAlertTitle: 'User {user.name} did it'\n");

        Assert.Equal("User {user.name} did it", rule.Title(RuleEvent.FromJson("{}")));
        Assert.Equal("User bo did it", rule.Title(RuleEvent.FromJson("""{"user":{"name":"bo"}}""")));
    }

    [Fact]
    public void Rule_without_alert_keys_falls_back_to_the_spec()
    {
        var rule = DetectionYaml.Compile("Detection: [{Condition: AlwaysTrue}]\n");
        var evt = RuleEvent.FromJson("{}");

        Assert.Null(rule.Title(evt));
        Assert.Null(rule.Dedup(evt));
        Assert.Null(rule.Severity(evt));
        Assert.Null(rule.AlertContext(evt));
    }

    [Fact]
    public void Inline_filters_must_pass_before_the_body()
    {
        var spec = DetectionYaml.Spec(RootLoginRule[RootLoginRule.IndexOf("Detection:", StringComparison.Ordinal)..]);
        var definition = new RuleDefinition(spec, SimpleDetectionCompiler.Compile(spec))
        {
            Filter = SimpleDetectionCompiler.CompileFilter(spec.InlineFilters, "x.yml"),
            Runtime = "simple",
        };
        var filteredOut = Login.Replace("AwsConsoleSignIn", "AwsApiCall", StringComparison.Ordinal);

        Assert.NotNull(RuleEvaluator.Evaluate(definition, RuleEvent.FromJson(Login)));
        Assert.Null(RuleEvaluator.Evaluate(definition, RuleEvent.FromJson(filteredOut)));
        Assert.False(definition.Filter!.Matches(RuleEvent.FromJson(filteredOut)));
    }

    [Fact]
    public void No_inline_filters_compile_to_no_filter()
    {
        Assert.Null(SimpleDetectionCompiler.CompileFilter(null, "x.yml"));
        Assert.Null(SimpleDetectionCompiler.CompileFilter(new List<object?>(), "x.yml"));
    }

    [Fact]
    public void Runtime_loads_detections_and_leaves_body_files_to_others()
    {
        var runtime = new SimpleDetectionRuntime();
        var spec = DetectionYaml.Spec("Detection: [{Key: a, Condition: Exists}]\n");

        Assert.Equal("simple", runtime.Name);
        Assert.True(runtime.CanLoad(spec));
        Assert.False(runtime.CanLoad(spec with { Filename = "rule.py" }));
        Assert.False(runtime.CanLoad(spec with { Detection = null }));
        Assert.True(runtime.Load(spec).Matches(RuleEvent.FromJson("""{"a":null}""")));
    }

    [Theory]
    [InlineData("Detection: [{Key: a, Condition: Equal, Value: 1}]",
        "x.yml: Detection[0].Condition: unknown condition 'Equal'")]
    [InlineData("Detection: [{Key: a, Value: 1}]", "x.yml: Detection[0].Condition: missing")]
    [InlineData("Detection:\n  - Key: a\n    Condition: Exists\n"
        + "  - Any:\n      - Key: b\n        Condition: IsIn\n        Values: []",
        "x.yml: Detection[1].Any[0].Values:")]
    [InlineData("Detection: [{KeyPath: 'a..b', Condition: Exists}]",
        "x.yml: Detection[0].KeyPath: 'a..b' is not a key path")]
    [InlineData("Detection: [{Key: a, Condition: Equals, Value: 1, Colour: red}]",
        "x.yml: Detection[0].Colour: unknown key")]
    [InlineData("Detection: [{Key: a, Condition: IsGreaterThan, Value: big}]",
        "x.yml: Detection[0].Value: IsGreaterThan needs a number")]
    [InlineData("Detection: [{Key: a, Condition: Equals}]", "x.yml: Detection[0].Value: Equals needs a Value")]
    [InlineData("Detection: [{Key: a, Condition: Equals, Value: null}]", "x.yml: Detection[0].Value: is null")]
    [InlineData("Detection: [{Key: a, Condition: Exists, Value: 1}]", "x.yml: Detection[0].Value: not used")]
    [InlineData("Detection: [{Key: a, Condition: IsIPAddressInCIDR, Value: 10.0.0.0/99}]",
        "x.yml: Detection[0].Value:")]
    [InlineData("Detection: [{Key: a, Condition: AnyElement}]", "x.yml: Detection[0].Expressions:")]
    [InlineData("Detection: [{Key: a, Condition: AnyElement, Expressions: [{Key: b, Condition: Nope}]}]",
        "x.yml: Detection[0].Expressions[0].Condition: unknown condition 'Nope'")]
    [InlineData("Detection: [{Key: a, KeyPath: b, Condition: Exists}]", "x.yml: Detection[0]: give only one")]
    [InlineData("Detection: [{Condition: Equals, Value: 1}]", "x.yml: Detection[0]: needs one of Key")]
    [InlineData("Detection: [{Any: [], Key: a}]", "x.yml: Detection[0]: Any must be the only key")]
    [InlineData("Detection: []", "x.yml: Detection: needs at least one")]
    [InlineData("Detection: [{Condition: AlwaysTrue}]\nAlertTitle: 'x {a'", "x.yml: AlertTitle:")]
    [InlineData("Detection: [{Condition: AlwaysTrue}]\nGroupBy: [{Colour: a}]", "x.yml: GroupBy[0].Colour:")]
    [InlineData("Detection: [{Condition: AlwaysTrue}]\nDynamicSeverities: [{ChangeTo: HUGE, Conditions: []}]",
        "x.yml: DynamicSeverities[0].ChangeTo:")]
    [InlineData("Detection: [{Condition: AlwaysTrue}]\nAlertContext: [{KeyName: k}]",
        "x.yml: AlertContext[0].KeyValue:")]
    public void Load_errors_name_the_file_and_the_path_inside_the_detection(string body, string expected)
    {
        var error = Assert.Throws<RuleLoadException>(() => DetectionYaml.Compile(body + "\n"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_filter_errors_name_the_inline_filters()
    {
        var error = Assert.Throws<RuleLoadException>(() => SimpleDetectionCompiler.CompileFilter(
            new List<object?> { new Dictionary<string, object?> { ["Key"] = "a", ["Condition"] = "Bad" } }, "r.yml"));

        Assert.StartsWith("r.yml: InlineFilters[0].Condition:", error.Message, StringComparison.Ordinal);
    }

    private static IRule Read(string yaml) =>
        SimpleDetectionCompiler.Compile(Panther.Rules.Specs.RuleSpecReader.Read(yaml, "x.yml", out _)!);
}
