using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks;
using Panther.Sinks.Writing;

namespace Panther.Benchmarks;

/// <summary>A lake sink that drops everything, to measure a pipeline without its lake.</summary>
internal sealed class NullLakeSink : ILakeSink
{
    public ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
