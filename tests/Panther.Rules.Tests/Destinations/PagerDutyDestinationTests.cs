using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class PagerDutyDestinationTests
{
    [Fact]
    public async Task Triggers_an_event_with_the_alert_id_as_dedup_key()
    {
        using var receiver = new TestReceiver(_ => 202);
        using var host = new DestinationHost(s => s.AddPagerDutyDestination("pd", "On call", o =>
        {
            o.RoutingKey = "R0UTINGKEY0123456789";
            o.BaseUrl = receiver.BaseUrl;
        }));

        var results = await host.Dispatcher.DispatchAsync(
            AlertSamples.Create(Severity.Critical, destinations: ["pd"]));

        var result = Assert.Single(results);
        Assert.True(result.Succeeded);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, result.StatusCode);
        var request = receiver.Single();
        Assert.Equal("/v2/enqueue", request.Path);
        var json = request.Json();
        Assert.Equal("R0UTINGKEY0123456789", json.GetProperty("routing_key").GetString());
        Assert.Equal("trigger", json.GetProperty("event_action").GetString());
        Assert.Equal("a1b2c3d4e5f6", json.GetProperty("dedup_key").GetString());
        var payload = json.GetProperty("payload");
        Assert.Equal("Root login from 203.0.113.9 <script>", payload.GetProperty("summary").GetString());
        Assert.Equal("panther", payload.GetProperty("source").GetString());
        Assert.Equal("critical", payload.GetProperty("severity").GetString());
        Assert.Equal("2024-05-06T07:08:09.000Z", payload.GetProperty("timestamp").GetString());
        var details = payload.GetProperty("custom_details");
        Assert.Equal("AWS.Console.RootLogin", details.GetProperty("rule_id").GetString());
        Assert.Equal("203.0.113.9", details.GetProperty("context").GetProperty("ip").GetString());
    }

    [Theory]
    [InlineData(Severity.Critical, "critical")]
    [InlineData(Severity.High, "error")]
    [InlineData(Severity.Medium, "warning")]
    [InlineData(Severity.Low, "info")]
    [InlineData(Severity.Info, "info")]
    public void Severity_maps_to_the_four_PagerDuty_levels(Severity severity, string expected) =>
        Assert.Equal(expected, PagerDutyDestination.MapSeverity(severity));
}
