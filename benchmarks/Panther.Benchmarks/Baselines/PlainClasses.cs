using System.Text.Json;

namespace Panther.Benchmarks.Baselines;

/// <summary>Deserializes an event of a log type into its plain classes, as code without this library would.</summary>
public static class PlainClasses
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static object? Deserialize(string logType, byte[] json) => logType switch
    {
        "AWS.CloudTrail" => JsonSerializer.Deserialize<CloudTrailRecord>(json, Options),
        _ => throw new ArgumentException($"No plain classes for {logType}.", nameof(logType)),
    };
}
