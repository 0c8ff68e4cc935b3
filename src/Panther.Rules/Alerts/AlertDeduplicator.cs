using System.Security.Cryptography;
using System.Text;
using Panther.Rules.Evaluation;

namespace Panther.Rules.Alerts;

/// <summary>
/// Groups rule results into alerts the way Panther does. Results with the same rule id and dedup string form one
/// alert for the rule's dedup period, a fixed window from the alert's creation; after it, the next result starts a
/// new alert. An alert is raised (to be sent) once its event count reaches the rule's threshold. Rule errors group
/// separately from matches and ignore thresholds.
/// </summary>
/// <remarks>
/// Windows are measured on the processing clock (<see cref="TimeProvider"/>), not on event times, as in Panther.
/// Not thread-safe: one deduplicator per pipeline.
/// </remarks>
public sealed class AlertDeduplicator
{
    private readonly IAlertStateStore _store;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="AlertDeduplicator"/> class.</summary>
    /// <param name="store">Where state lives; in memory when null.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    public AlertDeduplicator(IAlertStateStore? store = null, TimeProvider? timeProvider = null)
    {
        _store = store ?? new MemoryAlertStateStore();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the state store.</summary>
    public IAlertStateStore Store => _store;

    /// <summary>Computes an alert id: a hash of the rule id, the key's alert count and the dedup string.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="alertCount">The number of alerts the key has started, this one included.</param>
    /// <param name="dedupKey">The dedup string.</param>
    /// <param name="isError">Whether the alert groups rule errors.</param>
    /// <returns>32 lower-case hex digits.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification =
        "MD5 names alerts the way Panther did; it protects nothing.")]
    public static string ComputeAlertId(string ruleId, long alertCount, string dedupKey, bool isError)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(dedupKey);
        var prefix = isError ? $"{ruleId}:error" : ruleId;
        var bytes = Encoding.UTF8.GetBytes($"{prefix}:{alertCount}:{dedupKey}");
        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    /// <summary>Adds a rule result to its alert.</summary>
    /// <param name="result">The result.</param>
    /// <param name="logType">The log type of the result's event.</param>
    /// <returns>The alert after the update, and whether it is new or was just raised.</returns>
    public AlertUpdate Add(RuleResult result, string logType)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(logType);
        var spec = result.Rule.Spec;
        var key = new AlertKey(spec.Id, result.DedupKey, result.IsError);
        var now = _time.GetUtcNow().UtcDateTime;
        var threshold = result.IsError ? 1 : Math.Max(1, spec.Threshold);
        var state = _store.Find(key);

        if (state is null || now - state.Alert.CreationTime > spec.DedupPeriod)
        {
            var count = (state?.AlertCount ?? 0) + 1;
            var alert = NewAlert(result, logType, key, count, now);
            var raised = alert.EventCount >= threshold;
            _store.Save(new AlertState { Key = key, AlertCount = count, Alert = alert, Raised = raised });
            return new AlertUpdate(alert, IsNew: true, Raised: raised);
        }

        var current = state.Alert;
        var updated = current with
        {
            EventCount = current.EventCount + 1,
            UpdateTime = now,
            LogTypes = current.LogTypes.Contains(logType, StringComparer.Ordinal)
                ? current.LogTypes
                : [.. current.LogTypes, logType],
        };
        var raisedNow = !state.Raised && updated.EventCount >= threshold;
        _store.Save(state with { Alert = updated, Raised = state.Raised || raisedNow });
        return new AlertUpdate(updated, IsNew: false, Raised: raisedNow);
    }

    private static Alert NewAlert(RuleResult result, string logType, AlertKey key, long count, DateTime now)
    {
        var spec = result.Rule.Spec;
        var destinations = result.Destinations ?? (spec.OutputIds.Count > 0 ? spec.OutputIds : null);
        return new Alert
        {
            Id = ComputeAlertId(key.RuleId, count, key.DedupKey, key.IsError),
            Type = key.IsError ? AlertType.RuleError : AlertType.Rule,
            RuleId = spec.Id,
            RuleVersion = spec.Version,
            Title = result.Title,
            Severity = result.Severity,
            DedupKey = key.DedupKey,
            CreationTime = now,
            UpdateTime = now,
            EventCount = 1,
            LogTypes = [logType],
            Tags = spec.Tags,
            Reports = spec.Reports,
            ContextJson = result.AlertContextJson,
            Description = result.Description,
            Runbook = result.Runbook,
            Reference = result.Reference,
            Destinations = destinations ?? [],
            Suppressed = result.Destinations is { Count: 0 },
            Error = result.Error?.ToString(),
        };
    }
}
