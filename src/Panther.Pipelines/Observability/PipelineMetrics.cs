using System.Diagnostics.Metrics;

namespace Panther.Pipelines.Observability;

/// <summary>
/// The pipeline's measurements, through <see cref="System.Diagnostics.Metrics"/> so that a host sees them in
/// OpenTelemetry or <c>dotnet-counters</c> under the meter <see cref="MeterName"/>:
/// <list type="bullet">
/// <item><c>panther.events</c> (events, tag <c>log_type</c>) and <c>panther.input.bytes</c> (bytes read from
/// inputs, compressed as stored);</item>
/// <item><c>panther.records.quarantined</c> (records, tag <c>reason</c>: <c>parse</c>, <c>input</c> or
/// <c>replay</c>);</item>
/// <item><c>panther.rule.matches</c> and <c>panther.rule.errors</c> (tag <c>rule_id</c>), <c>panther.alerts.raised</c>
/// (tags <c>rule_id</c>, <c>severity</c>) and <c>panther.alerts.delivery_failures</c>;</item>
/// <item><c>panther.stage.duration</c> (seconds per batch, tag <c>stage</c>: <c>enrich</c>, <c>write</c> or
/// <c>detect</c>).</item>
/// </list>
/// </summary>
public sealed class PipelineMetrics : IDisposable
{
    /// <summary>The name of the meter.</summary>
    public const string MeterName = "Panther.Pipelines";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;

    /// <summary>Initializes a new instance of the <see cref="PipelineMetrics"/> class.</summary>
    /// <param name="meterFactory">The host's meter factory; a meter of this instance's own when null.</param>
    public PipelineMetrics(IMeterFactory? meterFactory = null)
    {
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        Events = _meter.CreateCounter<long>("panther.events", "{event}", "Events parsed and written to the lake.");
        InputBytes = _meter.CreateCounter<long>("panther.input.bytes", "By", "Bytes read from inputs.");
        Quarantined = _meter.CreateCounter<long>("panther.records.quarantined", "{record}",
            "Records kept in the quarantine.");
        RuleMatches = _meter.CreateCounter<long>("panther.rule.matches", "{match}", "Events a rule matched.");
        RuleErrors = _meter.CreateCounter<long>("panther.rule.errors", "{error}", "Events on which a rule failed.");
        AlertsRaised = _meter.CreateCounter<long>("panther.alerts.raised", "{alert}", "Alerts raised.");
        DeliveryFailures = _meter.CreateCounter<long>("panther.alerts.delivery_failures", "{delivery}",
            "Alert deliveries that failed after retries.");
        StageDuration = _meter.CreateHistogram<double>("panther.stage.duration", "s",
            "Time a pipeline stage spent on one batch.");
    }

    /// <summary>Gets the meter that holds the instruments.</summary>
    public Meter Meter => _meter;

    /// <summary>Gets the counter of events, tagged <c>log_type</c>.</summary>
    public Counter<long> Events { get; }

    /// <summary>Gets the counter of input bytes.</summary>
    public Counter<long> InputBytes { get; }

    /// <summary>Gets the counter of quarantined records, tagged <c>reason</c>.</summary>
    public Counter<long> Quarantined { get; }

    /// <summary>Gets the counter of rule matches, tagged <c>rule_id</c>.</summary>
    public Counter<long> RuleMatches { get; }

    /// <summary>Gets the counter of rule errors, tagged <c>rule_id</c>.</summary>
    public Counter<long> RuleErrors { get; }

    /// <summary>Gets the counter of raised alerts, tagged <c>rule_id</c> and <c>severity</c>.</summary>
    public Counter<long> AlertsRaised { get; }

    /// <summary>Gets the counter of failed alert deliveries, tagged <c>destination</c>.</summary>
    public Counter<long> DeliveryFailures { get; }

    /// <summary>Gets the histogram of stage durations per batch, tagged <c>stage</c>.</summary>
    public Histogram<double> StageDuration { get; }

    /// <summary>Disposes the meter when this instance made it.</summary>
    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
