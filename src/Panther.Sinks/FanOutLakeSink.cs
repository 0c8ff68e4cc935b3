namespace Panther.Sinks;

/// <summary>
/// Hands everything to several sinks in turn, such as a local Parquet lake and an S3 copy, or Parquet and JSON lines.
/// Each call completes when every sink has taken it. Disposing disposes every sink, even when one fails, and then
/// throws the failures together.
/// </summary>
/// <remarks>A sink that throws stops the call for the sinks after it; the pipeline then reports the failure as it
/// would for a single sink.</remarks>
public sealed class FanOutLakeSink : ILakeSink
{
    private readonly ILakeSink[] _sinks;

    /// <summary>Initializes a new instance of the <see cref="FanOutLakeSink"/> class.</summary>
    /// <param name="sinks">The sinks, at least one; this sink owns them.</param>
    /// <exception cref="ArgumentException">No sink is given.</exception>
    public FanOutLakeSink(IEnumerable<ILakeSink> sinks)
    {
        ArgumentNullException.ThrowIfNull(sinks);
        _sinks = [.. sinks];
        if (_sinks.Length == 0)
        {
            throw new ArgumentException("A fan-out needs at least one sink.", nameof(sinks));
        }
    }

    /// <summary>Gets the sinks, in the order they are called.</summary>
    public IReadOnlyList<ILakeSink> Sinks => _sinks;

    /// <inheritdoc/>
    public async ValueTask WriteAsync(Parsing.EventBatch batch, CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
        {
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask WriteRuleMatchAsync(Parsing.Events.NormalizedEvent evt, Writing.RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteRuleMatchAsync(evt, match, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask WriteAlertsAsync(IReadOnlyCollection<Writing.LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        foreach (var sink in _sinks)
        {
            await sink.WriteAlertsAsync(alerts, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        var failures = new List<Exception>();
        foreach (var sink in _sinks)
        {
            try
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or AggregateException
                or UnauthorizedAccessException)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count > 0)
        {
            throw new AggregateException("Some lake sinks failed to write their last files.", failures);
        }
    }
}
