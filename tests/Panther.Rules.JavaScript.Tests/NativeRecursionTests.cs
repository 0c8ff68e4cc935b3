namespace Panther.Rules.JavaScript.Tests;

/// <summary>
/// Built-ins that recurse in .NET code used to overflow the stack and kill the process; each body here crashed the
/// test host before the guards in <c>NativeRecursionGuards</c>.
/// </summary>
public class NativeRecursionTests
{
    [Theory]
    [InlineData("let o = {}; for (let i = 0; i < 100000; i++) o = { o }; JSON.stringify(o);")]
    [InlineData("let a = []; for (let i = 0; i < 100000; i++) a = [a]; a.flat(Infinity);")]
    [InlineData("let a = []; for (let i = 0; i < 100000; i++) a = [a]; String(a);")]
    [InlineData("let a = []; for (let i = 0; i < 100000; i++) a = [a]; a.join();")]
    [InlineData("let a = []; for (let i = 0; i < 100000; i++) a = [a]; `${a.toLocaleString()}`;")]
    [InlineData("const a = []; a[0] = a; a.flat(Infinity);")]
    [InlineData("let p = {}; for (let i = 0; i < 100000; i++) p = new Proxy(p, {}); p.x;")]
    public void A_rule_walking_a_deeply_nested_value_fails_and_works_on_the_next_call(string body)
    {
        var rule = RuleScripts.Load($"function rule(e) {{ if (e.misbehave) {{ {body} }} return true; }}");

        var result = RuleScripts.Run(rule, """{"misbehave":true}""");

        Assert.True(result!.IsError);
        Assert.Equal("rule", result.Error!.Function);
        Assert.False(RuleScripts.Run(rule)!.IsError);
    }

    [Fact]
    public void A_deeply_nested_alert_context_fails_and_works_on_the_next_call()
    {
        var rule = RuleScripts.Load("""
            function rule(e) { return true; }
            function alert_context(e) {
              let o = {};
              for (let i = 0; i < (e.misbehave ? 50000 : 3); i++) o = { o };
              return o;
            }
            """);

        var result = RuleScripts.Run(rule, """{"misbehave":true}""");

        Assert.True(result!.IsError);
        Assert.Equal("alert_context", result.Error!.Function);
        Assert.False(RuleScripts.Run(rule)!.IsError);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(200, true)]
    public void An_alert_context_may_nest_up_to_128_levels(int depth, bool fails)
    {
        var rule = RuleScripts.Load($$"""
            function rule(e) { return true; }
            function alert_context(e) { let o = {}; for (let i = 1; i < {{depth}}; i++) o = { o }; return o; }
            """);

        var result = RuleScripts.Run(rule);

        Assert.Equal(fails, result!.IsError);
        if (fails)
        {
            Assert.Equal("alert_context returned an object nested too deeply (more than 128 levels)",
                result.Error!.Message);
        }
    }

    [Fact]
    public void Flat_and_stringify_still_work_on_ordinary_values()
    {
        var rule = RuleScripts.Load("""
            function rule(e) {
              return [1, [2, [3, [4]]]].flat(Infinity).join() === '1,2,3,4'
                && JSON.stringify({ a: [1, { b: 2 }] }, null, 0) === '{"a":[1,{"b":2}]}'
                && JSON.stringify({ a: 1, b: 2 }, ['a']) === '{"a":1}'
                && JSON.stringify({ a: 1 }, (k, v) => k === 'a' ? v + 1 : v) === '{"a":2}'
                && String([1, [2, 3]]) === '1,2,3';
            }
            """);

        Assert.NotNull(RuleScripts.Run(rule));
    }

    [Fact]
    public void A_thrown_value_whose_text_cannot_be_read_gives_a_clear_message()
    {
        var rule = RuleScripts.Load("function rule(e) { throw { toString() { throw new Error('x'); } }; }");

        var result = RuleScripts.Run(rule);

        Assert.Equal("rule threw a value whose text could not be read", result!.Error!.Message);
    }
}
