namespace Panther.Rules.Tests.Detections;

public class ConditionTests
{
    private const string Event = """
        {"name":"Alice","other":"Alice","mixed":"MiXeD Case","count":5,"five":"5","ratio":2.5,"flag":true,
         "nothing":null,"empty":"","emptyList":[],"tags":["a","b"],"ip4":"10.1.2.3","pub":"8.8.8.8",
         "shared":"100.64.0.1","ip6":"2001:db8::1","pub6":"2607:f8b0:4004::1","notip":"999.1.1.1",
         "leading":"01.2.3.4","escaped":"tab\there \u00e9t\u00e9","items":[{"k":"x","n":1},{"k":"y","n":2}]}
        """;

    [Theory]
    [InlineData("{Key: name, Condition: Equals, Value: Alice}", true)]
    [InlineData("{Key: name, Condition: Equals, Value: alice}", false)]
    [InlineData("{Key: missing, Condition: Equals, Value: Alice}", false)]
    [InlineData("{Key: name, Condition: DoesNotEqual, Value: Bob}", true)]
    [InlineData("{Key: name, Condition: DoesNotEqual, Value: Alice}", false)]
    [InlineData("{Key: missing, Condition: DoesNotEqual, Value: Alice}", true)]
    [InlineData("{Key: name, Condition: IEquals, Value: aLICE}", true)]
    [InlineData("{Key: name, Condition: IEquals, Value: Bob}", false)]
    [InlineData("{Key: name, Condition: IDoesNotEqual, Value: BOB}", true)]
    [InlineData("{Key: name, Condition: IDoesNotEqual, Value: ALICE}", false)]
    [InlineData("{Key: count, Condition: Equals, Value: 5}", true)]
    [InlineData("{Key: five, Condition: Equals, Value: 5.0}", true)]
    [InlineData("{Key: count, Condition: Equals, Value: '5'}", true)]
    [InlineData("{Key: count, Condition: Equals, Value: 6}", false)]
    [InlineData("{Key: flag, Condition: Equals, Value: true}", true)]
    [InlineData("{Key: flag, Condition: Equals, Value: false}", false)]
    [InlineData("{Key: escaped, Condition: Equals, Value: \"tab\\there été\"}", true)]
    [InlineData("{Key: escaped, Condition: IEquals, Value: \"TAB\\tHERE ÉTÉ\"}", true)]
    public void Equality_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Key: mixed, Condition: StartsWith, Value: MiX}", true)]
    [InlineData("{Key: mixed, Condition: StartsWith, Value: mix}", false)]
    [InlineData("{Key: mixed, Condition: EndsWith, Value: Case}", true)]
    [InlineData("{Key: mixed, Condition: EndsWith, Value: case}", false)]
    [InlineData("{Key: mixed, Condition: Contains, Value: D C}", true)]
    [InlineData("{Key: mixed, Condition: Contains, Value: d c}", false)]
    [InlineData("{Key: mixed, Condition: DoesNotStartWith, Value: mix}", true)]
    [InlineData("{Key: mixed, Condition: DoesNotStartWith, Value: MiX}", false)]
    [InlineData("{Key: mixed, Condition: DoesNotEndWith, Value: case}", true)]
    [InlineData("{Key: mixed, Condition: DoesNotEndWith, Value: Case}", false)]
    [InlineData("{Key: mixed, Condition: DoesNotContain, Value: zzz}", true)]
    [InlineData("{Key: mixed, Condition: DoesNotContain, Value: XeD}", false)]
    [InlineData("{Key: mixed, Condition: IStartsWith, Value: mix}", true)]
    [InlineData("{Key: mixed, Condition: IStartsWith, Value: case}", false)]
    [InlineData("{Key: mixed, Condition: IEndsWith, Value: CASE}", true)]
    [InlineData("{Key: mixed, Condition: IEndsWith, Value: mix}", false)]
    [InlineData("{Key: mixed, Condition: IContains, Value: XED C}", true)]
    [InlineData("{Key: mixed, Condition: IContains, Value: zzz}", false)]
    [InlineData("{Key: mixed, Condition: IDoesNotStartWith, Value: case}", true)]
    [InlineData("{Key: mixed, Condition: IDoesNotStartWith, Value: MIX}", false)]
    [InlineData("{Key: mixed, Condition: IDoesNotEndWith, Value: mix}", true)]
    [InlineData("{Key: mixed, Condition: IDoesNotEndWith, Value: CASE}", false)]
    [InlineData("{Key: mixed, Condition: IDoesNotContain, Value: zzz}", true)]
    [InlineData("{Key: mixed, Condition: IDoesNotContain, Value: xed}", false)]
    [InlineData("{Key: escaped, Condition: Contains, Value: \"\\there\"}", true)]
    [InlineData("{Key: tags, Condition: Contains, Value: b}", true)]
    [InlineData("{Key: tags, Condition: Contains, Value: c}", false)]
    [InlineData("{Key: tags, Condition: IContains, Value: B}", true)]
    [InlineData("{Key: missing, Condition: Contains, Value: a}", false)]
    [InlineData("{Key: missing, Condition: DoesNotContain, Value: a}", true)]
    public void Text_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Key: count, Condition: IsGreaterThan, Value: 4}", true)]
    [InlineData("{Key: count, Condition: IsGreaterThan, Value: 5}", false)]
    [InlineData("{Key: count, Condition: IsGreaterThanOrEqual, Value: 5}", true)]
    [InlineData("{Key: count, Condition: IsGreaterThanOrEqual, Value: 6}", false)]
    [InlineData("{Key: ratio, Condition: IsLessThan, Value: 3}", true)]
    [InlineData("{Key: ratio, Condition: IsLessThan, Value: 2.5}", false)]
    [InlineData("{Key: ratio, Condition: IsLessThanOrEqual, Value: 2.5}", true)]
    [InlineData("{Key: ratio, Condition: IsLessThanOrEqual, Value: 2}", false)]
    [InlineData("{Key: five, Condition: IsGreaterThan, Value: 4.5}", true)]
    [InlineData("{Key: name, Condition: IsGreaterThan, Value: 0}", false)]
    [InlineData("{Key: missing, Condition: IsLessThan, Value: 10}", false)]
    public void Numeric_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Key: name, Condition: IsIn, Values: [Bob, Alice]}", true)]
    [InlineData("{Key: name, Condition: IsIn, Values: [Bob, alice]}", false)]
    [InlineData("{Key: count, Condition: IsIn, Values: [4, 5]}", true)]
    [InlineData("{Key: missing, Condition: IsIn, Values: [Bob]}", false)]
    [InlineData("{Key: name, Condition: IsNotIn, Values: [Bob, Carol]}", true)]
    [InlineData("{Key: name, Condition: IsNotIn, Values: [Alice]}", false)]
    [InlineData("{Key: missing, Condition: IsNotIn, Values: [Alice]}", true)]
    public void Membership_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Key: name, Condition: Exists}", true)]
    [InlineData("{Key: nothing, Condition: Exists}", true)]
    [InlineData("{Key: missing, Condition: Exists}", false)]
    [InlineData("{Key: missing, Condition: DoesNotExist}", true)]
    [InlineData("{Key: name, Condition: DoesNotExist}", false)]
    [InlineData("{Key: nothing, Condition: IsNull}", true)]
    [InlineData("{Key: missing, Condition: IsNull}", true)]
    [InlineData("{Key: empty, Condition: IsNull}", false)]
    [InlineData("{Key: name, Condition: IsNotNull}", true)]
    [InlineData("{Key: nothing, Condition: IsNotNull}", false)]
    [InlineData("{Key: empty, Condition: IsNullOrEmpty}", true)]
    [InlineData("{Key: emptyList, Condition: IsNullOrEmpty}", true)]
    [InlineData("{Key: missing, Condition: IsNullOrEmpty}", true)]
    [InlineData("{Key: name, Condition: IsNullOrEmpty}", false)]
    [InlineData("{Key: tags, Condition: IsNotNullOrEmpty}", true)]
    [InlineData("{Key: empty, Condition: IsNotNullOrEmpty}", false)]
    public void Existence_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Key: ip4, Condition: IsIPAddress}", true)]
    [InlineData("{Key: ip6, Condition: IsIPAddress}", true)]
    [InlineData("{Key: notip, Condition: IsIPAddress}", false)]
    [InlineData("{Key: leading, Condition: IsIPAddress}", false)]
    [InlineData("{Key: ip4, Condition: IsIPv4Address}", true)]
    [InlineData("{Key: ip6, Condition: IsIPv4Address}", false)]
    [InlineData("{Key: ip6, Condition: IsIPv6Address}", true)]
    [InlineData("{Key: ip4, Condition: IsIPv6Address}", false)]
    [InlineData("{Key: pub, Condition: IsIPAddressPublic}", true)]
    [InlineData("{Key: pub6, Condition: IsIPAddressPublic}", true)]
    [InlineData("{Key: ip4, Condition: IsIPAddressPublic}", false)]
    [InlineData("{Key: shared, Condition: IsIPAddressPublic}", false)]
    [InlineData("{Key: ip4, Condition: IsIPAddressPrivate}", true)]
    [InlineData("{Key: ip6, Condition: IsIPAddressPrivate}", true)]
    [InlineData("{Key: pub, Condition: IsIPAddressPrivate}", false)]
    [InlineData("{Key: shared, Condition: IsIPAddressPrivate}", false)]
    [InlineData("{Key: ip4, Condition: IsIPAddressInCIDR, Value: 10.0.0.0/8}", true)]
    [InlineData("{Key: ip4, Condition: IsIPAddressInCIDR, Value: 10.2.0.0/16}", false)]
    [InlineData("{Key: ip6, Condition: IsIPAddressInCIDR, Values: [10.0.0.0/8, '2001:db8::/32']}", true)]
    [InlineData("{Key: pub, Condition: IsIPAddressNotInCIDR, Value: 10.0.0.0/8}", true)]
    [InlineData("{Key: ip4, Condition: IsIPAddressNotInCIDR, Value: 10.0.0.0/8}", false)]
    [InlineData("{Key: missing, Condition: IsIPAddress}", false)]
    public void Address_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Condition: AlwaysTrue}", true)]
    [InlineData("{Condition: AlwaysFalse}", false)]
    public void Absolute_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));

    [Theory]
    [InlineData("{Condition: Equals, Values: [{Key: name}, {Key: other}]}", true)]
    [InlineData("{Condition: Equals, Values: [{Key: name}, {Key: mixed}]}", false)]
    [InlineData("{Condition: DoesNotEqual, Values: [{Key: name}, {Key: mixed}]}", true)]
    [InlineData("{Condition: Equals, Values: [{Key: count}, {Key: five}]}", true)]
    [InlineData("{Condition: IsGreaterThan, Values: [{Key: count}, {Key: ratio}]}", true)]
    [InlineData("{Condition: IsLessThan, Values: [{Key: count}, {Key: ratio}]}", false)]
    [InlineData("{Condition: Equals, Values: [{Key: name}, {Key: missing}]}", false)]
    [InlineData("{Condition: IStartsWith, Values: [{Key: name}, {KeyPath: 'items[0].k'}]}", false)]
    public void Key_to_key_conditions(string expression, bool expected) =>
        Assert.Equal(expected, DetectionYaml.Matches(expression, Event));
}
