using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Panther.Rules.Tests.Destinations;

/// <summary>Keeps every log entry of every category, at every level, with its exception text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Category} {e.EventId} {e.Text}"));

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            owner.Entries.Enqueue(new CapturedLog(
                category, logLevel, eventId.Id, $"{formatter(state, exception)} {values} {exception}"));
        }
    }
}
