using Panther.Rules.Evaluation;

namespace Panther.Rules.JavaScript.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void One_rule_called_from_many_threads_gives_correct_results()
    {
        var rule = RuleScripts.Load("""
            let calls = 0;
            function rule(event) { calls++; return event.n % 3 === 0; }
            function title(event) { return `n=${event.n} user=${deep_get(event, 'who', 'name')}`; }
            function alert_context(event) { return { n: event.n }; }
            """);
        var titles = new string?[2000];
        var matched = new bool[2000];
        var errors = 0;

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var evt = RuleEvent.FromJson($$$"""{"n":{{{i}}},"who":{"name":"u{{{i}}}"}}""");
            var result = RuleEvaluator.Evaluate(rule, evt);
            if (result is { IsError: true })
            {
                Interlocked.Increment(ref errors);
            }

            matched[i] = result is not null;
            titles[i] = result?.Title;
            if (result is not null)
            {
                Assert.Equal($$"""{"n":{{i}}}""", result.AlertContextJson);
            }
        });

        Assert.Equal(0, errors);
        for (var i = 0; i < 2000; i++)
        {
            Assert.Equal(i % 3 == 0, matched[i]);
            Assert.Equal(i % 3 == 0 ? $"n={i} user=u{i}" : null, titles[i]);
        }
    }
}
