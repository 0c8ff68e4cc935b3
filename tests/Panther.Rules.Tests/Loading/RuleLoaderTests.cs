using Panther.Rules.Loading;
using Panther.Rules.Testing;

namespace Panther.Rules.Tests.Loading;

public sealed class RuleLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("panther-rules-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rules_load_from_nested_folders_and_other_analysis_types_are_counted()
    {
        Write("aws/login.yml", Spec("Login", "login.eventname"));
        Write("aws/login.eventname", "ConsoleLogin");
        Write("okta/nested/create.yaml", Spec("Create", "create.eventname"));
        Write("okta/nested/create.eventname", "CreateUser");
        Write("policies/policy.yml", "AnalysisType: policy\nPolicyID: P\n");
        Write("README.md", "not a spec");

        var result = Loader().LoadPath(_folder);

        Assert.Equal(["Login", "Create"], result.Rules.Select(rule => rule.Id).Order().Reverse());
        Assert.Equal("eventname", result.Rules[0].Runtime);
        Assert.Empty(result.Problems);
        Assert.Equal(1, result.OtherAnalysisFiles);
    }

    [Fact]
    public void A_broken_rule_is_reported_and_the_others_still_load()
    {
        Write("good.yml", Spec("Good", "good.eventname"));
        Write("good.eventname", "ConsoleLogin");
        Write("bad_yaml.yml", "AnalysisType: rule\nRuleID: [unclosed\n");
        Write("empty_body.yml", Spec("Empty", "empty.eventname"));
        Write("empty.eventname", "");

        var result = Loader().LoadPath(_folder);

        Assert.Equal("Good", Assert.Single(result.Rules).Id);
        Assert.Equal(2, result.Errors.Count());
        Assert.Contains(result.Errors, problem => problem.Path.EndsWith("bad_yaml.yml", StringComparison.Ordinal)
            && problem.Message.Contains("not valid YAML", StringComparison.Ordinal));
        Assert.Contains(result.Errors, problem => problem.RuleId == "Empty");
    }

    [Fact]
    public void A_body_no_runtime_can_load_is_unsupported_not_an_error()
    {
        Write("python.yml", Spec("Python.Rule", "python_rule.py"));

        var result = Loader().LoadPath(_folder);

        var problem = Assert.Single(result.Problems);
        Assert.True(problem.IsUnsupported);
        Assert.Empty(result.Errors);
        Assert.Contains("python_rule.py", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_spec_with_the_same_id_is_an_error()
    {
        Write("a.yml", Spec("Same", "a.eventname"));
        Write("a.eventname", "A");
        Write("b.yml", Spec("Same", "a.eventname"));

        var result = Loader().LoadPath(_folder);

        Assert.Single(result.Rules);
        Assert.Contains("already used", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => Loader().LoadPath(Path.Combine(_folder, "nope")));
    }

    [Fact]
    public void Spec_tests_run_against_the_loaded_body()
    {
        Write("login.yml", Spec("Login", "login.eventname") + """
            Tests:
              - Name: Console login matches
                ExpectedResult: true
                Log: {"eventName": "ConsoleLogin", "userIdentity": {"type": "Root"},}
              - Name: Other events do not
                ExpectedResult: false
                Log: {"eventName": "GetObject"}
              - Name: Wrong expectation
                ExpectedResult: true
                Log: {"eventName": "PutObject"}
            """);
        Write("login.eventname", "ConsoleLogin");
        var rule = Assert.Single(Loader().LoadPath(_folder).Rules);

        var results = RuleTestRunner.Run(rule);

        Assert.Equal([true, true, false], results.Select(result => result.Passed));
        Assert.Equal("expected a match, got no match", results[2].Detail);
        Assert.StartsWith("MEDIUM; title: Login", results[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_error_fails_its_test_with_the_reason()
    {
        var rule = new RuleDefinition(TestRules.Spec() with
        {
            Tests = [new Panther.Rules.Specs.RuleTestCase("throws", false, """{"eventName":"x"}""")],
        }, new TestRules.ThrowingRule("rule"));

        var result = Assert.Single(RuleTestRunner.Run(rule));

        Assert.False(result.Passed);
        Assert.Null(result.Matched);
        Assert.Equal("rule error in rule: boom in rule", result.Detail);
    }

    private static RuleLoader Loader() => new([new EventNameRuntime()]);

    private static string Spec(string id, string filename) => $"""
        AnalysisType: rule
        RuleID: {id}
        Filename: {filename}
        LogTypes: [AWS.CloudTrail]
        Severity: Medium

        """;

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
