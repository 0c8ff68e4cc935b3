using System.Collections.Concurrent;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

/// <summary>A destination that records what it is sent, for routing tests.</summary>
internal sealed class StubDestination(
    string id, string name, Severity[]? severities = null, AlertType[]? types = null) : IAlertDestination
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public IReadOnlySet<Severity> DefaultSeverities { get; } = new HashSet<Severity>(severities ?? []);

    public IReadOnlySet<AlertType> AlertTypes { get; } =
        new HashSet<AlertType>(types ?? [AlertType.Rule, AlertType.RuleError]);

    public Exception? Failure { get; init; }

    public ConcurrentQueue<Alert> Sent { get; } = new();

    public Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        Sent.Enqueue(alert);
        return Task.CompletedTask;
    }
}
