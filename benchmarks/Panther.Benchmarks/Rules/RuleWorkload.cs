using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Rules;
using Panther.Rules.Detections;
using Panther.Rules.Evaluation;
using Panther.Rules.JavaScript;
using Panther.Rules.Specs;

namespace Panther.Benchmarks.Rules;

/// <summary>
/// Parsed CloudTrail events held in memory for the rule benchmarks, and the rule sets that run over them. Events
/// come from the CloudTrail sample generator and are sorted by whether any of <see cref="CloudTrailRules"/> matches
/// them, so a workload can hold no matching event at all, or an exact number of them.
/// </summary>
/// <remarks>
/// Parsed events live in pooled buffers owned by their batch; the workload keeps its batches for as long as it
/// lives, so its events stay valid.
/// </remarks>
public sealed class RuleWorkload
{
    private const int Generated = 5000;

    private readonly List<EventBatch> _batches = [];

    private RuleWorkload(IReadOnlyList<NormalizedEvent> nonMatching, IReadOnlyList<NormalizedEvent> matching,
        long bytes)
    {
        NonMatching = nonMatching;
        Matching = matching;
        AverageEventBytes = (double)bytes / Generated;
    }

    /// <summary>Gets the events that none of the ten rules matches, in generated order.</summary>
    public IReadOnlyList<NormalizedEvent> NonMatching { get; }

    /// <summary>
    /// Gets events that at least one rule matches, ordered so that consecutive ones come from different rules where
    /// the generator offers them.
    /// </summary>
    public IReadOnlyList<NormalizedEvent> Matching { get; }

    /// <summary>Gets the average size of a generated event, in bytes of JSON.</summary>
    public double AverageEventBytes { get; }

    /// <summary>Builds a rule set of the ten simple detections, compiled from their YAML specs.</summary>
    /// <returns>The rule set.</returns>
    public static RuleSet SimpleDetections() =>
        new(CloudTrailRules.All.Select(rule =>
        {
            var spec = Spec(rule);
            return new RuleDefinition(spec, SimpleDetectionCompiler.Compile(spec)) { Runtime = "simple" };
        }));

    /// <summary>Builds a rule set of the ten JavaScript rules, with the runtime's default limits.</summary>
    /// <returns>The rule set.</returns>
    public static RuleSet JavaScript()
    {
        var runtime = new JavaScriptRuleRuntime();
        return new(CloudTrailRules.All.Select(rule => new RuleDefinition(Spec(rule),
            runtime.LoadSource(rule.JavaScript, $"benchmark/{rule.Id}.js")) { Runtime = "javascript" }));
    }

    /// <summary>Builds a rule set of the ten compiled C# rules.</summary>
    /// <returns>The rule set.</returns>
    public static RuleSet CSharp() =>
        new(CloudTrailRules.All.Select(rule => new RuleDefinition(Spec(rule), rule.CSharp)));

    /// <summary>
    /// Generates and parses CloudTrail events, then sorts them with the C# rules into matching and non-matching.
    /// </summary>
    /// <param name="seed">The generator's seed.</param>
    /// <returns>The workload.</returns>
    public static RuleWorkload Create(int seed = 42)
    {
        var data = BenchmarkData.Create("AWS.CloudTrail", Generated, seed);
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry(), new LogParserOptions { LogType = data.LogType });
        var batch = new EventBatch();
        var source = new LogSource("benchmark");
        foreach (var json in data.Events)
        {
            parser.Parse(json, source, default, batch);
        }

        if (batch.Count != Generated)
        {
            throw new InvalidOperationException($"Only {batch.Count} of {Generated} generated events parsed.");
        }

        var rules = CloudTrailRules.All.Select(rule => rule.CSharp).ToArray();
        var view = new RuleEvent();
        var nonMatching = new List<NormalizedEvent>();
        var byRule = rules.Select(_ => new Queue<NormalizedEvent>()).ToArray();
        foreach (var evt in batch.Events)
        {
            view.Load(evt);
            var first = Array.FindIndex(rules, rule => rule.Matches(view));
            if (first < 0)
            {
                nonMatching.Add(evt);
            }
            else
            {
                byRule[first].Enqueue(evt);
            }
        }

        var workload = new RuleWorkload(nonMatching, RoundRobin(byRule), data.TotalBytes);
        workload._batches.Add(batch);
        return workload;
    }

    /// <summary>
    /// Takes <paramref name="count"/> events with <paramref name="matches"/> matching ones spread evenly among
    /// them, the rest non-matching.
    /// </summary>
    /// <param name="count">How many events.</param>
    /// <param name="matches">How many of them match a rule.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The workload has too few events of either kind.</exception>
    public NormalizedEvent[] Take(int count, int matches)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matches, Matching.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count - matches, NonMatching.Count);
        var events = new NormalizedEvent[count];
        var spacing = matches == 0 ? int.MaxValue : count / matches;
        int matched = 0, other = 0;
        for (var i = 0; i < count; i++)
        {
            events[i] = matched < matches && i % spacing == spacing / 2 ? Matching[matched++] : NonMatching[other++];
        }

        return events;
    }

    private static RuleSpec Spec(BenchmarkRule rule) =>
        RuleSpecReader.Read(rule.Yaml, $"benchmark/{rule.Id}.yml", out _)
        ?? throw new InvalidOperationException($"{rule.Id} is not a rule spec.");

    private static List<NormalizedEvent> RoundRobin(Queue<NormalizedEvent>[] byRule)
    {
        var ordered = new List<NormalizedEvent>();
        while (byRule.Any(queue => queue.Count > 0))
        {
            foreach (var queue in byRule.Where(queue => queue.Count > 0))
            {
                ordered.Add(queue.Dequeue());
            }
        }

        return ordered;
    }
}
