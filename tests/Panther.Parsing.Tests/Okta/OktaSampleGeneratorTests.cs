using System.Text.Json;
using Panther.Parsing.Okta;
using Panther.Parsing.Tests.Generation;

namespace Panther.Parsing.Tests.Okta;

/// <summary>Generated System Log events have the awkward shapes of real ones, not one tidy layout.</summary>
public class OktaSampleGeneratorTests
{
    private static readonly IReadOnlyList<JsonElement> Events = GeneratedLogs.Documents("Okta.SystemLog", 500, 3);

    [Fact]
    public void Many_event_types_and_every_kind_of_outcome_appear()
    {
        var types = Events.Select(e => e.GetProperty("eventType").GetString()).Distinct().ToList();
        var results = Events.Select(e => e.GetProperty("outcome").GetProperty("result").GetString()).ToHashSet();

        Assert.True(types.Count >= 20, string.Join(", ", types));
        Assert.Contains("user.session.start", types);
        Assert.Contains("user.mfa.factor.deactivate", types);
        Assert.Contains("system.api_token.create", types);
        Assert.Superset(new HashSet<string?> { "SUCCESS", "FAILURE", "DENY", "ALLOW", "CHALLENGE" }, results);
        Assert.Contains(Events, e => e.GetProperty("outcome").GetProperty("reason").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public void Targets_are_sometimes_null_empty_absent_or_lists()
    {
        var kinds = Events
            .Select(e => e.TryGetProperty("target", out var t)
                ? (t.ValueKind, t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0)
                : (JsonValueKind.Undefined, false))
            .ToHashSet();

        Assert.Contains((JsonValueKind.Null, false), kinds);
        Assert.Contains((JsonValueKind.Array, false), kinds);
        Assert.Contains((JsonValueKind.Array, true), kinds);
        Assert.Contains((JsonValueKind.Undefined, false), kinds);
    }

    [Fact]
    public void Risk_is_java_map_text_that_the_risk_reader_understands()
    {
        var risks = DebugData("risk").Select(r => r.GetString()).ToList();

        Assert.NotEmpty(risks);
        Assert.All(risks, r => Assert.True(OktaRisk.TryParse(r, out _, out _), r));
        Assert.Contains(risks, r => OktaRisk.TryParse(r, out _, out var reasons) && reasons.Count == 2);
        Assert.Contains(risks, r => r!.Contains("reasons=[", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_only_security_data_comes_as_an_object_and_as_a_string_holding_the_same_shape()
    {
        var values = DebugData("logOnlySecurityData").ToList();

        Assert.Contains(values, v => v.ValueKind == JsonValueKind.Object);
        Assert.Contains(values, v => v.ValueKind == JsonValueKind.String);
        Assert.All(values.Where(v => v.ValueKind == JsonValueKind.String), v =>
        {
            using var decoded = JsonDocument.Parse(v.GetString()!);
            Assert.True(decoded.RootElement.TryGetProperty("behaviors", out _));
        });
    }

    [Fact]
    public void Change_details_come_as_objects_and_as_java_map_strings()
    {
        var sides = Events
            .Where(e => e.TryGetProperty("target", out var t) && t.ValueKind == JsonValueKind.Array)
            .SelectMany(e => e.GetProperty("target").EnumerateArray())
            .Where(t => t.TryGetProperty("changeDetails", out _))
            .SelectMany(t => t.GetProperty("changeDetails").GetProperty("to").EnumerateObject())
            .Select(member => member.Value.ValueKind)
            .ToHashSet();

        Assert.Superset(new HashSet<JsonValueKind> { JsonValueKind.Object, JsonValueKind.String }, sides);
    }

    private static IEnumerable<JsonElement> DebugData(string name) =>
        Events.Select(e => e.GetProperty("debugContext").GetProperty("debugData"))
            .Where(d => d.TryGetProperty(name, out _))
            .Select(d => d.GetProperty(name));
}
