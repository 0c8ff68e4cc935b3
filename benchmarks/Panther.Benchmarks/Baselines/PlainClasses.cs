using System.Text.Json;

namespace Panther.Benchmarks.Baselines;

/// <summary>Deserializes an event of a log type into its plain classes, as code without this library would.</summary>
public static class PlainClasses
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static readonly JsonSerializerOptions SnakeCase = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static object? Deserialize(string logType, byte[] json) => logType switch
    {
        "AWS.CloudTrail" => JsonSerializer.Deserialize<CloudTrailRecord>(json, Options),
        "Okta.SystemLog" => JsonSerializer.Deserialize<OktaSystemLogEvent>(json, Options),
        "Osquery.Differential" => JsonSerializer.Deserialize<OsqueryDifferentialResult>(json, Options),
        _ when logType.StartsWith("Suricata.", StringComparison.Ordinal) =>
            JsonSerializer.Deserialize<SuricataEveRecord>(json, SnakeCase),
        _ => throw new ArgumentException($"No plain classes for {logType}.", nameof(logType)),
    };
}
