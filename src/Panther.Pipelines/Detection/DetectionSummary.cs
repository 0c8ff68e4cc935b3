namespace Panther.Pipelines.Detection;

/// <summary>What the detection stage did during a run.</summary>
public sealed class DetectionSummary
{
    /// <summary>Gets the number of rules that ran.</summary>
    public int Rules { get; internal set; }

    /// <summary>Gets the number of events that rules matched (one per rule and event).</summary>
    public long Matches { get; internal set; }

    /// <summary>Gets the number of rule errors (one per rule and event).</summary>
    public long RuleErrors { get; internal set; }

    /// <summary>Gets the number of alerts that reached their threshold and were raised.</summary>
    public long AlertsRaised { get; internal set; }

    /// <summary>Gets the number of alerts this run created.</summary>
    public long AlertsCreated { get; internal set; }

    /// <summary>Gets the number of alerts of earlier runs (still in their dedup window) that this run added
    /// to.</summary>
    public long AlertsUpdated { get; internal set; }

    /// <summary>Gets the number of alerts delivered to a destination (one per alert and destination).</summary>
    public long Deliveries { get; internal set; }

    /// <summary>
    /// Gets the number of deliveries that failed after their retries; each such alert is kept in the quarantine.
    /// </summary>
    public long DeliveryFailures { get; internal set; }
}
