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

    /// <summary>Gets the number of alerts created or updated.</summary>
    public long AlertsTouched { get; internal set; }

    /// <summary>Gets the number of deliveries to destinations that failed after their retries.</summary>
    public long DeliveryFailures { get; internal set; }
}
