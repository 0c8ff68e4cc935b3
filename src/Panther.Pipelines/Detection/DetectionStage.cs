using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Observability;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Sinks;
using Panther.Sinks.Writing;

namespace Panther.Pipelines.Detection;

/// <summary>
/// Runs detection rules over each batch of events: matches and rule errors go to the lake's <c>rule_matches/</c> and
/// <c>rule_errors/</c> tables with their alert columns, alerts are grouped by an <see cref="AlertDeduplicator"/>,
/// raised alerts are sent through an <see cref="AlertDispatcher"/>, and alert snapshots are written on
/// <see cref="FlushAsync"/>. An alert that no destination accepted is kept in the quarantine, not lost.
/// </summary>
/// <remarks>One caller at a time: one stage per pipeline. The ingestion's workers evaluate rules at the same time,
/// each on its own batch, and take turns to record the results.</remarks>
public sealed class DetectionStage
{
    /// <summary>The start of the source of a quarantined alert that no destination accepted: <c>alert-delivery:</c>
    /// and the destination id.</summary>
    public const string DeliverySourcePrefix = "alert-delivery:";

    private static readonly JsonSerializerOptions AlertJsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly RuleSet _rules;
    private readonly AlertDeduplicator _deduplicator;
    private readonly AlertDispatcher? _dispatcher;
    private readonly Func<QuarantinedRecord, CancellationToken, ValueTask>? _quarantine;
    private readonly BatchEvaluation _evaluation = new();
    private readonly Dictionary<string, (Alert Alert, bool Raised)> _touched = new(StringComparer.Ordinal);
    private readonly List<Alert> _raised = [];
    private readonly Dictionary<string, List<string>> _routedTo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertSummary> _summaries = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="DetectionStage"/> class.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="deduplicator">Groups results into alerts.</param>
    /// <param name="dispatcher">Sends raised alerts; none are sent when null.</param>
    /// <param name="quarantine">Keeps alerts whose delivery failed; they are only logged when null.</param>
    public DetectionStage(RuleSet rules, AlertDeduplicator deduplicator, AlertDispatcher? dispatcher = null,
        Func<QuarantinedRecord, CancellationToken, ValueTask>? quarantine = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(deduplicator);
        _rules = rules;
        _deduplicator = deduplicator;
        _dispatcher = dispatcher;
        _quarantine = quarantine;
        Summary.Rules = rules.Rules.Count(rule => rule.Spec.Enabled);
    }

    /// <summary>Gets where the stage logs rule errors, raised alerts and failed deliveries (event ids 5200-5299);
    /// nowhere by default.</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <summary>Gets the measurements the stage adds to; none by default.</summary>
    public PipelineMetrics? Metrics { get; init; }

    /// <summary>Gets what the stage has done so far.</summary>
    public DetectionSummary Summary { get; } = new();

    /// <summary>Runs the rules over a batch, writes matches to the sink and sends newly raised alerts.</summary>
    /// <param name="batch">The batch; only valid during the call.</param>
    /// <param name="sink">Where rule matches go.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the batch's matches are written and its alerts sent.</returns>
    public async ValueTask ProcessAsync(EventBatch batch, ILakeSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(sink);
        Evaluate(batch, _evaluation);
        await RecordAsync(batch, _evaluation, sink, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs the rules over a batch and keeps the results in <paramref name="evaluation"/>. Workers call it
    /// at the same time, each with its own batch and evaluation.</summary>
    internal void Evaluate(EventBatch batch, BatchEvaluation evaluation)
    {
        evaluation.Results.Clear();
        for (var i = 0; i < batch.Count; i++)
        {
            evaluation.Event.Load(batch[i]);
            evaluation.EventResults.Clear();
            if (_rules.Evaluate(evaluation.Event, evaluation.EventResults) == 0)
            {
                continue;
            }

            foreach (var result in evaluation.EventResults)
            {
                evaluation.Results.Add((i, result));
            }
        }
    }

    /// <summary>Records the results <see cref="Evaluate"/> found: writes matches to the sink, groups alerts and sends
    /// newly raised ones. One caller at a time.</summary>
    internal async ValueTask RecordAsync(EventBatch batch, BatchEvaluation evaluation, ILakeSink sink,
        CancellationToken cancellationToken)
    {
        var loaded = -1;
        foreach (var (index, result) in evaluation.Results)
        {
            var evt = batch[index];
            if (index != loaded)
            {
                evaluation.Event.Load(evt);
                loaded = index;
            }

            await RecordAsync(evt, evaluation.Event, result, sink, cancellationToken).ConfigureAwait(false);
        }

        evaluation.Results.Clear();
        await DispatchRaisedAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a snapshot of every alert touched since the last flush and makes alert state durable.</summary>
    /// <param name="sink">Where alert snapshots go.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the snapshots and state are written.</returns>
    public async ValueTask FlushAsync(ILakeSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        await DispatchRaisedAsync(cancellationToken).ConfigureAwait(false);
        if (_touched.Count > 0)
        {
            var records = new List<LakeAlertRecord>(_touched.Count);
            foreach (var (alert, raised) in _touched.Values)
            {
                var summary = _summaries.GetValueOrDefault(alert.Id)?.ToJson();
                KeepSummary(alert, summary);
                records.Add(ToRecord(alert, raised, _routedTo.GetValueOrDefault(alert.Id)) with
                {
                    SummaryJson = summary,
                });
            }

            await sink.WriteAlertsAsync(records, cancellationToken).ConfigureAwait(false);
            _touched.Clear();
            _summaries.Clear();
        }

        await _deduplicator.Store.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask RecordAsync(NormalizedEvent evt, RuleEvent view, RuleResult result, ILakeSink sink,
        CancellationToken cancellationToken)
    {
        var rule = new KeyValuePair<string, object?>("rule_id", result.Rule.Id);
        if (result.IsError)
        {
            Summary.RuleErrors++;
            Metrics?.RuleErrors.Add(1, rule);
            PipelineLog.RuleFailed(Logger, result.Rule.Id, evt.LogType, result.Error!.ToString());
        }
        else
        {
            Summary.Matches++;
            Metrics?.RuleMatches.Add(1, rule);
        }

        if (!result.Rule.Spec.CreateAlert && !result.IsError)
        {
            await sink.WriteRuleMatchAsync(evt, MatchInfo(result, alert: null), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var update = _deduplicator.Add(result, evt.LogType);
        var alert = update.Alert;
        if (update.IsNew)
        {
            Summary.AlertsCreated++;
        }
        else if (!_touched.ContainsKey(alert.Id))
        {
            Summary.AlertsUpdated++;
        }

        _touched[alert.Id] = (alert, alert.EventCount >= Threshold(result));
        if (result.Rule.Spec.SummaryAttributes.Count > 0)
        {
            if (!_summaries.TryGetValue(alert.Id, out var summary))
            {
                summary = new AlertSummary(result.Rule.Spec.SummaryAttributes);
                if (!update.IsNew && alert.SummaryJson is { } earlier)
                {
                    summary.Merge(earlier);
                }

                _summaries.Add(alert.Id, summary);
            }

            summary.Add(view, evt.EventTime);
        }

        if (update.Raised)
        {
            Summary.AlertsRaised++;
            _raised.Add(alert);
            var severity = SeverityText.ToUpperName(alert.Severity);
            Metrics?.AlertsRaised.Add(1, rule, new KeyValuePair<string, object?>("severity", severity));
            PipelineLog.AlertRaised(Logger, alert.Id, alert.RuleId, severity, alert.Title);
        }

        await sink.WriteRuleMatchAsync(evt, MatchInfo(result, alert), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps the summary with the alert's state, so that the alert's next events, in this run or a later
    /// one with a durable store, add to it rather than start again.</summary>
    private void KeepSummary(Alert alert, string? summary)
    {
        if (summary is null)
        {
            return;
        }

        var key = new AlertKey(alert.RuleId, alert.DedupKey, alert.Type == AlertType.RuleError);
        if (_deduplicator.Store.Find(key) is { } state && state.Alert.Id == alert.Id)
        {
            _deduplicator.Store.Save(state with { Alert = state.Alert with { SummaryJson = summary } });
        }
    }

    private static RuleMatchInfo MatchInfo(RuleResult result, Alert? alert) => new()
    {
        RuleId = result.Rule.Id,
        AlertId = alert?.Id,
        AlertContextJson = result.AlertContextJson,
        AlertCreationTime = alert?.CreationTime,
        AlertUpdateTime = alert?.UpdateTime,
        Tags = result.Rule.Spec.Tags,
        Reports = result.Rule.Spec.Reports,
        Error = result.Error?.ToString(),
    };

    private static int Threshold(RuleResult result) => result.IsError ? 1 : Math.Max(1, result.Rule.Spec.Threshold);

    private async ValueTask DispatchRaisedAsync(CancellationToken cancellationToken)
    {
        if (_raised.Count == 0)
        {
            return;
        }

        var raised = _raised.ToList();
        _raised.Clear();
        if (_dispatcher is null)
        {
            return;
        }

        foreach (var raisedAlert in raised)
        {
            var alert = _summaries.TryGetValue(raisedAlert.Id, out var summary)
                ? raisedAlert with { SummaryJson = summary.ToJson() }
                : raisedAlert;
            var deliveries = await _dispatcher.DispatchAsync(alert, cancellationToken).ConfigureAwait(false);
            _routedTo[alert.Id] = [.. deliveries.Select(delivery => delivery.DestinationId)];
            Summary.Deliveries += deliveries.Count(delivery => delivery.Succeeded);
            foreach (var failed in deliveries.Where(delivery => !delivery.Succeeded))
            {
                Summary.DeliveryFailures++;
                Metrics?.DeliveryFailures.Add(1,
                    new KeyValuePair<string, object?>("destination", failed.DestinationId));
                PipelineLog.AlertKept(Logger, alert.Id, failed.DestinationId);
                await QuarantineAsync(alert, failed, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask QuarantineAsync(Alert alert, DeliveryResult failed, CancellationToken cancellationToken)
    {
        if (_quarantine is null)
        {
            return;
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(ToRecord(alert, raised: true, [failed.DestinationId]),
            AlertJsonOptions);
        var reason = $"alert {alert.Id} was not delivered to {failed.DestinationId}: {failed.Error}";
        var record = new QuarantinedRecord(DeliverySourcePrefix + failed.DestinationId, default, reason, json);
        await _quarantine(record, cancellationToken).ConfigureAwait(false);
    }

    private static LakeAlertRecord ToRecord(Alert alert, bool raised, IReadOnlyList<string>? routedTo) => new()
    {
        AlertId = alert.Id,
        Type = alert.Type == AlertType.RuleError ? "RULE_ERROR" : "RULE",
        RuleId = alert.RuleId,
        RuleVersion = alert.RuleVersion,
        Title = alert.Title,
        Severity = SeverityText.ToUpperName(alert.Severity),
        Dedup = alert.DedupKey,
        CreationTime = alert.CreationTime,
        UpdateTime = alert.UpdateTime,
        EventCount = alert.EventCount,
        Raised = raised,
        LogTypes = alert.LogTypes,
        Tags = alert.Tags,
        Reports = alert.Reports,
        ContextJson = alert.ContextJson,
        Description = alert.Description,
        Runbook = alert.Runbook,
        Reference = alert.Reference,
        Destinations = routedTo ?? alert.Destinations,
        Error = alert.Error,
    };
}
