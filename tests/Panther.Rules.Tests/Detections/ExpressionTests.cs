namespace Panther.Rules.Tests.Detections;

public class ExpressionTests
{
    private const string Event = """
        {"a":1,"b":2,"user":{"name":"root","groups":["admin","dev"]},
         "resources":[{"type":"AWS::S3::Bucket","arn":"arn:aws:s3:::b1"},{"type":"AWS::IAM::Role","arn":"r"}],
         "statements":[{"Effect":"Allow","Action":"s3:*"},{"Effect":"Deny","Action":"iam:*"}],
         "scores":[3,7,9],"nested":[{"ips":["10.0.0.1"]},{"ips":["8.8.8.8"]}]}
        """;

    [Theory]
    [InlineData("{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 2}", true)]
    [InlineData("{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 3}", false)]
    [InlineData("{All: [{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 2}]}", true)]
    [InlineData("{All: [{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 9}]}", false)]
    [InlineData("{Any: [{Key: a, Condition: Equals, Value: 9}, {Key: b, Condition: Equals, Value: 2}]}", true)]
    [InlineData("{Any: [{Key: a, Condition: Equals, Value: 9}, {Key: b, Condition: Equals, Value: 9}]}", false)]
    [InlineData("{OnlyOne: [{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 9}]}", true)]
    [InlineData("{OnlyOne: [{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 2}]}", false)]
    [InlineData("{OnlyOne: [{Key: a, Condition: Equals, Value: 0}, {Key: b, Condition: Equals, Value: 0}]}", false)]
    [InlineData("{None: [{Key: a, Condition: Equals, Value: 9}, {Key: b, Condition: Equals, Value: 9}]}", true)]
    [InlineData("{None: [{Key: a, Condition: Equals, Value: 1}, {Key: b, Condition: Equals, Value: 9}]}", false)]
    [InlineData("{Any: [{None: [{Key: a, Condition: Equals, Value: 1}]}, {All: [{Key: b, Condition: Exists}]}]}",
        true)]
    public void Combinators(string expressions, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expressions, Event));

    [Theory]
    [InlineData("{KeyPath: 'resources[*].type', Condition: Equals, Value: 'AWS::IAM::Role'}", true)]
    [InlineData("{KeyPath: 'resources[*].type', Condition: Equals, Value: 'AWS::EC2::Instance'}", false)]
    [InlineData("{KeyPath: 'resources[*].type', Condition: DoesNotEqual, Value: 'AWS::IAM::Role'}", false)]
    [InlineData("{KeyPath: 'resources[*].type', Condition: DoesNotEqual, Value: 'AWS::EC2::Instance'}", true)]
    [InlineData("{KeyPath: 'resources[1].arn', Condition: Equals, Value: r}", true)]
    [InlineData("{KeyPath: 'nested[*].ips[*]', Condition: IsIPAddressPublic}", true)]
    [InlineData("{KeyPath: 'nested[*].ips[*]', Condition: IsIPAddressInCIDR, Value: 192.168.0.0/16}", false)]
    [InlineData("{KeyPath: 'missing[*].x', Condition: DoesNotExist}", true)]
    [InlineData("{KeyPath: 'missing[*].x', Condition: IsNullOrEmpty}", true)]
    [InlineData("{KeyPath: 'scores[*]', Condition: IsGreaterThan, Value: 8}", true)]
    [InlineData("{KeyPath: user.groups, Condition: Contains, Value: admin}", true)]
    public void Key_paths_with_wildcards_hold_when_any_reached_value_holds(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{DeepKey: [user, name], Condition: Equals, Value: root}", true)]
    [InlineData("{DeepKey: [user, groups, 1], Condition: Equals, Value: dev}", true)]
    [InlineData("{DeepKey: [user, missing], Condition: Exists}", false)]
    public void Deep_keys_walk_members_and_indexes(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("AnyElement", "[{Key: Effect, Condition: Equals, Value: Deny}]", true)]
    [InlineData("AnyElement", "[{Key: Effect, Condition: Equals, Value: Audit}]", false)]
    [InlineData("AllElements", "[{Key: Effect, Condition: IsIn, Values: [Allow, Deny]}]", true)]
    [InlineData("AllElements", "[{Key: Effect, Condition: Equals, Value: Allow}]", false)]
    [InlineData("OnlyOneElement", "[{Key: Action, Condition: StartsWith, Value: 's3:'}]", true)]
    [InlineData("OnlyOneElement", "[{Key: Action, Condition: EndsWith, Value: '*'}]", false)]
    [InlineData("NoElement", "[{Key: Effect, Condition: Equals, Value: Audit}]", true)]
    [InlineData("NoElement", "[{Key: Effect, Condition: Equals, Value: Deny}]", false)]
    [InlineData("AnyElement",
        "[{Key: Effect, Condition: Equals, Value: Allow}, {Key: Action, Condition: Equals, Value: 'iam:*'}]", false)]
    public void List_comprehensions_run_their_expressions_on_each_element(
        string quantifier, string expressions, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(
            $"{{Key: statements, Condition: {quantifier}, Expressions: {expressions}}}", Event));

    [Theory]
    [InlineData("AnyElement", false)]
    [InlineData("AllElements", false)]
    [InlineData("OnlyOneElement", false)]
    [InlineData("NoElement", true)]
    public void List_comprehension_over_a_missing_key_holds_only_for_NoElement(string quantifier, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(
            $"{{Key: nope, Condition: {quantifier}, Expressions: [{{Condition: AlwaysTrue}}]}}", Event));

    [Fact]
    public void All_elements_of_an_empty_list_hold()
    {
        Assert.True(DetectionYaml.Matches(
            "{Key: list, Condition: AllElements, Expressions: [{Condition: AlwaysFalse}]}", """{"list":[]}"""));
    }

    [Fact]
    public void Standard_fields_are_visible_to_keys()
    {
        var json = """{"p_log_type":"AWS.CloudTrail","p_any_ip_addresses":["1.2.3.4","10.0.0.1"]}""";

        Assert.True(DetectionYaml.Matches(
            "{KeyPath: 'p_any_ip_addresses[*]', Condition: IsIPAddressInCIDR, Value: 10.0.0.0/8}", json));
        Assert.True(DetectionYaml.Matches("{Key: p_log_type, Condition: Equals, Value: AWS.CloudTrail}", json));
    }
}
