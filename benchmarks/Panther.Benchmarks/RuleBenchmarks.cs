using BenchmarkDotNet.Attributes;
using Panther.Benchmarks.Rules;
using Panther.Parsing.Events;
using Panther.Rules;
using Panther.Rules.Evaluation;

namespace Panther.Benchmarks;

/// <summary>
/// Rule evaluation over parsed CloudTrail events: ten detections (<see cref="CloudTrailRules"/>) run through a
/// <see cref="RuleSet"/> as simple detections, as JavaScript and as compiled C#, against a rule set with no rules
/// (the baseline: loading each event into the <see cref="RuleEvent"/> view and looking up its rules).
/// </summary>
/// <remarks>
/// One operation is one pass over <see cref="EventCount"/> events, so events/s is <see cref="EventCount"/> divided by
/// the mean time. The <c>NoMatch</c> workload holds only events no rule matches: there every case but JavaScript
/// must allocate 0 bytes. <c>OnePercentMatch</c> spreads <see cref="Matches"/> matching events among the others; a
/// match builds a <see cref="RuleResult"/> and its title, so what it allocates, divided by <see cref="Matches"/>, is
/// the cost of one match.
/// </remarks>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    /// <summary>The events in one pass.</summary>
    public const int EventCount = ParseBenchmarks.EventCount;

    /// <summary>The matching events in one pass of the <c>OnePercentMatch</c> workload.</summary>
    public const int Matches = EventCount / 100;

    private readonly List<RuleResult> _results = new(4 * Matches);
    private readonly RuleEvent _view = new();
    private NormalizedEvent[] _events = null!;
    private RuleWorkload _workload = null!;
    private RuleSet _none = null!;
    private RuleSet _simple = null!;
    private RuleSet _javaScript = null!;
    private RuleSet _csharp = null!;

    [ParamsSource(nameof(Workloads))]
    public string Workload { get; set; } = "NoMatch";

    public static IEnumerable<string> Workloads => ["NoMatch", "OnePercentMatch"];

    /// <summary>Gets the bytes of JSON one pass stands for (the average generated event times the count).</summary>
    public long TotalBytes => (long)(_workload.AverageEventBytes * EventCount);

    [GlobalSetup]
    public void Setup()
    {
        _workload = RuleWorkload.Create();
        _events = _workload.Take(EventCount, Workload == "NoMatch" ? 0 : Matches);
        _none = new RuleSet([]);
        _simple = RuleWorkload.SimpleDetections();
        _javaScript = RuleWorkload.JavaScript();
        _csharp = RuleWorkload.CSharp();
    }

    [Benchmark(Baseline = true, Description = "no rules (RuleEvent.Load + RuleSet lookup)")]
    public int NoRules() => Run(_none);

    [Benchmark(Description = "10 simple detections")]
    public int SimpleDetections() => Run(_simple);

    [Benchmark(Description = "10 JavaScript rules")]
    public int JavaScript() => Run(_javaScript);

    [Benchmark(Description = "10 C# rules")]
    public int CSharp() => Run(_csharp);

    private int Run(RuleSet rules)
    {
        _results.Clear();
        foreach (var evt in _events)
        {
            _view.Load(evt);
            rules.Evaluate(_view, _results);
        }

        return _results.Count;
    }
}
