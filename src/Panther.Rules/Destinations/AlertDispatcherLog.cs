using System.Net;
using Microsoft.Extensions.Logging;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>The dispatcher's log messages; event ids 4100-4199 are stable and belong to alert delivery.</summary>
internal static partial class AlertDispatcherLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Alert {AlertId} delivered to {DestinationId} ({DestinationName}) after {Attempts} attempt(s)")]
    public static partial void Delivered(
        ILogger logger, string alertId, string destinationId, string destinationName, int? attempts);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Alert {AlertId} was not delivered to {DestinationId} ({DestinationName}) after {Attempts} " +
            "attempt(s), last status {StatusCode}: {Error}")]
    public static partial void DeliveryFailed(
        ILogger logger,
        string alertId,
        string destinationId,
        string destinationName,
        int? attempts,
        HttpStatusCode? statusCode,
        string error);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Alert {AlertId} of rule {RuleId} names the unknown destination {DestinationName}")]
    public static partial void UnknownDestination(
        ILogger logger, string alertId, string ruleId, string destinationName);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug,
        Message = "Alert {AlertId} of rule {RuleId} is suppressed; nothing is sent")]
    public static partial void Suppressed(ILogger logger, string alertId, string ruleId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information,
        Message = "Alert {AlertId} of rule {RuleId} ({Severity}, {Type}) has no destination")]
    public static partial void NoDestination(
        ILogger logger, string alertId, string ruleId, Severity severity, AlertType type);
}
