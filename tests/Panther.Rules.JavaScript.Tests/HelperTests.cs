namespace Panther.Rules.JavaScript.Tests;

public class HelperTests
{
    private const string Event = """
        {"a":{"b":{"c":"deep","n":null,"zero":0}},"list":[{"k":"x"},{"k":"y"},{"k":"x"},{"other":1},{"k":null}],
         "nested":[{"inner":[{"v":1},{"v":2}]},{"inner":[{"v":2},{"v":3}]}],"one":[{"k":"only"}],"s":"text"}
        """;

    private static string Title(string expression)
    {
        var rule = RuleScripts.Load(
            $"function rule(e) {{ return true; }} function title(event) {{ return JSON.stringify({expression}); }}");

        var result = RuleScripts.Run(rule, Event);

        Assert.NotNull(result);
        Assert.False(result.IsError, result.Error?.ToString());
        return result.Title;
    }

    [Theory]
    [InlineData("deep_get(event, 'a', 'b', 'c')", "\"deep\"")]
    [InlineData("deep_get(event, 'a', 'b', 'zero')", "0")]
    [InlineData("deep_get(event, 'a', 'b')", "{\"c\":\"deep\",\"n\":null,\"zero\":0}")]
    [InlineData("deep_get(event, 'a', 'missing', 'c')", "null")]
    [InlineData("deep_get(event, 'a', 'b', 'n')", "null")]
    [InlineData("deep_get(event, 's', 'length')", "null")]
    [InlineData("deep_get(event, 'list', '0')", "null")]
    [InlineData("deep_get(event, 'a', 'constructor')", "null")]
    [InlineData("deep_get(null, 'a')", "null")]
    [InlineData("deep_get({ x: undefined }, 'x')", "null")]
    [InlineData("deep_get(event, 'a', 'b', 'c') ?? 'fallback'", "\"deep\"")]
    [InlineData("deep_get(event, 'nope') ?? 'fallback'", "\"fallback\"")]
    public void Deep_get_walks_objects_only(string expression, string expected) =>
        Assert.Equal(expected, Title(expression));

    [Theory]
    [InlineData("deep_walk(event, 'a', 'b', 'c')", "\"deep\"")]
    [InlineData("deep_walk(event, 'list', 'k')", "[\"x\",\"y\"]")]
    [InlineData("deep_walk(event, 'one', 'k')", "\"only\"")]
    [InlineData("deep_walk(event, 'nested', 'inner', 'v')", "[1,2,3]")]
    [InlineData("deep_walk(event, 'list', 'missing')", "null")]
    [InlineData("deep_walk(event, 'a', 'b', 'n')", "null")]
    [InlineData("deep_walk(event, 'a', 'nope')", "null")]
    [InlineData("deep_walk([{ a: 1 }, { a: 1 }], 'a')", "1")]
    [InlineData("deep_walk(event, 's')", "\"text\"")]
    public void Deep_walk_fans_out_through_arrays_and_removes_duplicates(string expression, string expected) =>
        Assert.Equal(expected, Title(expression));

    [Fact]
    public void A_script_may_define_its_own_deep_get()
    {
        var rule = RuleScripts.Load("""
            function deep_get() { return 'mine'; }
            function rule(event) { return deep_get(event, 'a') === 'mine'; }
            """);

        Assert.False(RuleScripts.Run(rule, Event)!.IsError);
    }
}
