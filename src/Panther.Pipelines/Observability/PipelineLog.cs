using Microsoft.Extensions.Logging;

namespace Panther.Pipelines.Observability;

/// <summary>The pipeline's log messages; event ids 5100-5199 are stable and belong to ingestion, 5200-5299 to
/// detection.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Debug, Message = "Reading input {Source}")]
    public static partial void InputStarted(ILogger logger, string source);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information,
        Message = "Read input {Source}: {Events} events, {Quarantined} quarantined, {Bytes} bytes")]
    public static partial void InputFinished(ILogger logger, string source, long events, long quarantined, long bytes);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning,
        Message = "Record quarantined from {Source} at line {Line}: {Reason}")]
    public static partial void RecordQuarantined(ILogger logger, string source, long line, string reason);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Input {Source} cannot be read: {Reason}")]
    public static partial void InputUnreadable(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information,
        Message = "Replayed {Records} quarantined records: {Events} events, {Quarantined} quarantined again")]
    public static partial void Replayed(ILogger logger, long records, long events, long quarantined);

    [LoggerMessage(EventId = 5200, Level = LogLevel.Warning,
        Message = "Rule {RuleId} failed on an event of {LogType}: {Error}")]
    public static partial void RuleFailed(ILogger logger, string ruleId, string logType, string error);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information,
        Message = "Alert {AlertId} raised by rule {RuleId} ({Severity}): {Title}")]
    public static partial void AlertRaised(ILogger logger, string alertId, string ruleId, string severity,
        string title);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error,
        Message = "Alert {AlertId} was not delivered to {DestinationId}; it is kept in the quarantine")]
    public static partial void AlertKept(ILogger logger, string alertId, string destinationId);
}
