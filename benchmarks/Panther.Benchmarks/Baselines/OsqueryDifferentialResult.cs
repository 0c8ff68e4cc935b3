using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panther.Benchmarks.Baselines;

/// <summary>
/// The plain class a C# developer writes to read osquery differential results with JsonSerializer. The header numbers
/// arrive as numbers or as strings, so they are read from either; the columns and the numerics flag vary in type and
/// are kept free-form.
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class OsqueryDifferentialResult
{
    public string? Name { get; set; }

    public string? HostIdentifier { get; set; }

    public string? CalendarTime { get; set; }

    public long? UnixTime { get; set; }

    public long? Epoch { get; set; }

    public long? Counter { get; set; }

    public bool? Numerics { get; set; }

    public JsonElement? LogNumericsAsNumbers { get; set; }

    public Dictionary<string, string>? Decorations { get; set; }

    public Dictionary<string, JsonElement>? Columns { get; set; }

    public string? Action { get; set; }

    [JsonPropertyName("log_type")]
    public string? LogType { get; set; }
}
