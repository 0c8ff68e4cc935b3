namespace Panther.Rules.JavaScript.Tests;

public class EventObjectTests
{
    private const string Event = """
        {"user":"alice","count":3,"ratio":0.5,"admin":true,"gone":null,
         "identity":{"arn":"arn:aws:iam::1:user/alice","session":{"mfa":false}},
         "ips":["10.0.0.1","10.0.0.2"],"items":[{"id":1},{"id":2}]}
        """;

    private static void AssertTrue(string condition, string json = Event)
    {
        var rule = RuleScripts.Load($"function rule(event) {{ return {condition}; }}");

        var result = RuleScripts.Run(rule, json);

        Assert.True(result is { IsError: false }, result?.Error?.ToString() ?? $"false: {condition}");
    }

    [Theory]
    [InlineData("event.user === 'alice'")]
    [InlineData("event.count === 3 && event.ratio === 0.5")]
    [InlineData("event.admin === true")]
    [InlineData("event.gone === null")]
    [InlineData("event.missing === undefined")]
    [InlineData("event.identity.session.mfa === false")]
    [InlineData("event['identity']['arn'].endsWith('/alice')")]
    [InlineData("'user' in event && !('missing' in event)")]
    [InlineData("'gone' in event")]
    [InlineData("Object.keys(event).join(',') === 'user,count,ratio,admin,gone,identity,ips,items'")]
    [InlineData("Object.keys(event.identity).length === 2")]
    [InlineData("event.hasOwnProperty('count') && Object.hasOwn(event.identity, 'arn')")]
    [InlineData("Array.isArray(event.ips) && event.ips.length === 2 && event.ips[1] === '10.0.0.2'")]
    [InlineData("event.ips.includes('10.0.0.1') && event.ips.indexOf('10.0.0.2') === 1")]
    [InlineData("event.items.map(i => i.id).join('+') === '1+2'")]
    [InlineData("[...event.ips].length === 2")]
    [InlineData("(() => { let n = 0; for (const ip of event.ips) { n++; } return n === 2; })()")]
    [InlineData("(() => { const k = []; for (const n in event.identity) { k.push(n); } return k; })().length === 2")]
    [InlineData("JSON.stringify(event.identity.session) === '{\"mfa\":false}'")]
    [InlineData("JSON.stringify(event.identity).startsWith('{\"arn\":\"arn:aws:iam::1:user/alice\",\"session\"')")]
    [InlineData("JSON.parse(JSON.stringify(event)).items[1].id === 2")]
    [InlineData("Object.entries(event.identity.session)[0][0] === 'mfa'")]
    [InlineData("({ ...event.identity }).arn.startsWith('arn:')")]
    [InlineData("event.identity === event.identity && event.ips === event.ips")]
    [InlineData("Object.isFrozen(event) && Object.isFrozen(event.identity) && Object.isFrozen(event.ips)")]
    public void The_event_reads_like_a_plain_object(string condition) => AssertTrue(condition);

    [Theory]
    [InlineData("event.user = 'mallory'")]
    [InlineData("event.added = 1")]
    [InlineData("delete event.user")]
    [InlineData("event.identity.arn = 'x'")]
    [InlineData("event.ips.push('1.1.1.1')")]
    [InlineData("event.ips[0] = '1.1.1.1'")]
    [InlineData("Object.defineProperty(event, 'x', { value: 1 })")]
    public void Writing_to_the_event_throws_a_type_error(string statement)
    {
        var rule = RuleScripts.Load($"function rule(event) {{ {statement}; return true; }}");

        var result = RuleScripts.Run(rule, Event);

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Equal("JavaScriptException", result.Error!.ErrorType);
    }

    [Fact]
    public void A_write_to_the_event_does_not_change_what_the_next_function_sees()
    {
        var rule = RuleScripts.Load("""
            function rule(event) {
              try { event.user = 'mallory'; } catch (e) { }
              try { event.identity.arn = 'changed'; } catch (e) { }
              try { event.ips[0] = 'changed'; } catch (e) { }
              try { delete event.count; } catch (e) { }
              return event.user === 'alice';
            }
            function title(event) { return `${event.user} ${event.identity.arn} ${event.ips[0]} ${event.count}`; }
            """);

        var result = RuleScripts.Run(rule, Event);

        Assert.NotNull(result);
        Assert.False(result.IsError);
        Assert.Equal("alice arn:aws:iam::1:user/alice 10.0.0.1 3", result.Title);
    }

    [Fact]
    public void An_event_kept_from_an_earlier_call_cannot_be_read()
    {
        var rule = RuleScripts.Load("""
            let kept = null;
            function rule(event) {
              if (kept !== null) { return kept.user === 'first'; }
              kept = event;
              return false;
            }
            """, options => options.MaxIdleEnginesPerRule = 1);

        Assert.Null(RuleScripts.Run(rule, """{"user":"first"}"""));
        var result = RuleScripts.Run(rule, """{"user":"second"}""");

        Assert.NotNull(result);
        Assert.True(result.IsError);
        Assert.Contains("earlier call", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_and_escaped_values_arrive_intact()
    {
        AssertTrue(
            "event.big === 12345678901 && event.neg === -1.5e3 && event.text === 'line\\nbreak \"quoted\" \u00e9'",
            """{"big":12345678901,"neg":-1.5e3,"text":"line\nbreak \"quoted\" \u00e9"}""");
    }
}
