using Panther.Benchmarks.Rules;
using Panther.Parsing.Events;
using Panther.Rules;
using Panther.Rules.Evaluation;
using Panther.Tests.Shared;

namespace Panther.Benchmarks.Tests.Rules;

/// <summary>
/// The ten benchmark rules agree across their three runtimes, and the simple detections and C# rules allocate
/// nothing for an event they do not match. The allocation tests count the bytes allocated on the test's thread;
/// they are not timing tests.
/// </summary>
public class RuleBenchmarkRulesTests(RuleWorkloadFixture fixture) : IClassFixture<RuleWorkloadFixture>
{
    private const int Passes = 1000;

    /// <summary>
    /// The non-matching events each allocation test runs over, 1,000 times: a tenth of a benchmark pass keeps the
    /// test short in Debug builds, and the generator's variety (identity types, IPv4 and IPv6 addresses, errors,
    /// large requests) already shows in that many events.
    /// </summary>
    private const int EventsPerPass = 250;

    private RuleWorkload Workload => fixture.Workload;

    [Fact]
    public void Each_rule_decides_every_generated_event_alike_in_yaml_javascript_and_csharp()
    {
        var simple = RuleWorkload.SimpleDetections();
        var javaScript = RuleWorkload.JavaScript();
        var csharp = RuleWorkload.CSharp();
        var view = new RuleEvent();

        var matchesPerRule = new int[CloudTrailRules.All.Count];
        foreach (var evt in Workload.Matching.Concat(Workload.NonMatching))
        {
            view.Load(evt);
            for (var i = 0; i < CloudTrailRules.All.Count; i++)
            {
                var expected = csharp.Rules[i].Body.Matches(view);
                Assert.Equal(expected, simple.Rules[i].Body.Matches(view));
                Assert.Equal(expected, javaScript.Rules[i].Body.Matches(view));
                matchesPerRule[i] += expected ? 1 : 0;
            }
        }

        Assert.True(matchesPerRule.Count(count => count > 0) >= 6,
            $"Matches per rule: {string.Join(", ", matchesPerRule)}; too few rules are exercised.");
    }

    [Fact]
    public void The_one_percent_workload_has_one_matching_event_in_a_hundred()
    {
        var events = Workload.Take(RuleBenchmarks.EventCount, RuleBenchmarks.Matches);
        var csharp = RuleWorkload.CSharp();
        var view = new RuleEvent();

        var matching = events.Count(evt =>
        {
            view.Load(evt);
            return csharp.Rules.Any(rule => rule.Body.Matches(view));
        });

        Assert.Equal(RuleBenchmarks.EventCount / 100, matching);
    }

    [Fact]
    public void Simple_detections_allocate_nothing_for_events_they_do_not_match() =>
        AssertNoAllocation(RuleWorkload.SimpleDetections());

    [Fact]
    public void Csharp_rules_allocate_nothing_for_events_they_do_not_match() =>
        AssertNoAllocation(RuleWorkload.CSharp());

    [Fact]
    public void An_empty_rule_set_allocates_nothing_per_event() => AssertNoAllocation(new RuleSet([]));

    private void AssertNoAllocation(RuleSet rules)
    {
        var events = Workload.Take(EventsPerPass, 0);
        var view = new RuleEvent();
        var results = new List<RuleResult>();
        Evaluate(rules, events, view, results);

        var allocated = Allocations.Measure(() => Evaluate(rules, events, view, results), Passes);
        Assert.Empty(results);
        Assert.Equal(0, allocated);
    }

    private static void Evaluate(RuleSet rules, NormalizedEvent[] events, RuleEvent view, List<RuleResult> results)
    {
        foreach (var evt in events)
        {
            view.Load(evt);
            rules.Evaluate(view, results);
        }
    }
}
