using Panther.Benchmarks.Rules;

namespace Panther.Benchmarks.Tests.Rules;

/// <summary>The rule benchmarks' workload, built once for the tests of a class.</summary>
public sealed class RuleWorkloadFixture
{
    public RuleWorkload Workload { get; } = RuleWorkload.Create();
}
