using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Tests.Detection;

/// <summary>A lake sink that remembers rule matches and alert snapshots instead of writing files.</summary>
internal sealed class RecordingSink : ILakeSink
{
    public List<(string LogType, string EventJson, RuleMatchInfo Match)> Matches { get; } = [];

    public List<LakeAlertRecord> Alerts { get; } = [];

    public int Events { get; private set; }

    /// <summary>Gets what runs before each batch is counted, such as a wait or a failure.</summary>
    public Func<EventBatch, CancellationToken, Task>? BeforeWrite { get; init; }

    public async ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is not null)
        {
            await BeforeWrite(batch, cancellationToken);
        }

        Events += batch.Count;
        Offsets.AddRange(batch.Events.Select(evt => evt.Position.ByteOffset));
    }

    /// <summary>Gets the byte offsets of the events written, in order.</summary>
    public List<long> Offsets { get; } = [];

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        Matches.Add((evt.LogType, Encoding.UTF8.GetString(evt.Utf8Json), match));
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        Alerts.AddRange(alerts);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
