using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Parsing.Okta;

namespace Panther.Parsing.Tests.Okta;

public class OktaDebugDataTests
{
    private readonly LogParser _parser = new(BuiltInLogTypes.CreateRegistry());

    private readonly EventBatch _batch = new();

    [Theory]
    [InlineData("""{"risk":{"level":"LOW"}}""")]
    [InlineData("""  "{\"risk\":{\"level\":\"LOW\"}}"  """)]
    public void Security_data_decodes_from_an_object_and_from_a_string(string value)
    {
        var evt = Parse($$$"""{"logOnlySecurityData":{{{value.Trim()}}}}""");

        Assert.True(OktaDebugData.TryGetLogOnlySecurityData(evt, out var data));

        Assert.Equal("LOW", data.GetProperty("risk").GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("""{"requestId":"r"}""")]
    [InlineData("""{"logOnlySecurityData":null}""")]
    [InlineData("""{"logOnlySecurityData":""}""")]
    [InlineData("""{"logOnlySecurityData":"not json"}""")]
    [InlineData("""{"logOnlySecurityData":"{\"risk\":"}""")]
    [InlineData("""{"logOnlySecurityData":"42"}""")]
    [InlineData("""{"logOnlySecurityData":7}""")]
    [InlineData("\"the whole debugData as text\"")]
    [InlineData("null")]
    public void Absent_or_undecodable_security_data_gives_false(string debugData)
    {
        var evt = Parse(debugData);

        Assert.False(OktaDebugData.TryGetLogOnlySecurityData(evt, out var data));

        Assert.Equal(JsonValueKind.Undefined, data.ValueKind);
    }

    [Fact]
    public void A_decoded_value_outlives_the_event_it_came_from()
    {
        var evt = Parse("""{"logOnlySecurityData":"[{\"behavior\":\"New IP\"}]"}""");
        Assert.True(OktaDebugData.TryDecode(evt.Root["debugContext"]["debugData"]["logOnlySecurityData"],
            out var data));

        Parse("""{"logOnlySecurityData":{"other":true}}""");

        Assert.Equal("New IP", data[0].GetProperty("behavior").GetString());
    }

    [Fact]
    public void A_missing_value_does_not_decode() => Assert.False(OktaDebugData.TryDecode(default, out _));

    private NormalizedEvent Parse(string debugData)
    {
        var line = $$$"""
            {"uuid":"u-1","published":"2026-03-02T08:15:00.000Z","eventType":"user.session.start",
            "debugContext":{"debugData":{{{debugData}}}}}
            """.ReplaceLineEndings("");
        _batch.Clear();
        _parser.Parse(Encoding.UTF8.GetBytes(line), new LogSource("test"), default, _batch);
        Assert.Empty(_batch.Quarantined);
        return _batch[0];
    }
}
