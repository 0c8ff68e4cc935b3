using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class OpsgenieDestinationTests
{
    [Fact]
    public async Task Creates_an_alert_with_GenieKey_alias_and_priority()
    {
        using var receiver = new TestReceiver(_ => 202);
        using var host = new DestinationHost(s => s.AddOpsgenieDestination("og", "Opsgenie", o =>
        {
            o.ApiKey = "genie-0000-1111-2222";
            o.BaseUrl = receiver.BaseUrl;
        }));

        var results = await host.Dispatcher.DispatchAsync(AlertSamples.Create(Severity.Medium, destinations: ["og"]));

        Assert.True(Assert.Single(results).Succeeded);
        var request = receiver.Single();
        Assert.Equal("/v2/alerts", request.Path);
        Assert.Equal("GenieKey genie-0000-1111-2222", request.Headers["Authorization"]);
        var json = request.Json();
        Assert.Equal("a1b2c3d4e5f6", json.GetProperty("alias").GetString());
        Assert.Equal("P3", json.GetProperty("priority").GetString());
        Assert.Equal("Root login from 203.0.113.9 <script>", json.GetProperty("message").GetString());
        Assert.Equal(["aws", "root"], json.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("3", json.GetProperty("details").GetProperty("event_count").GetString());
    }

    [Fact]
    public void Region_chooses_the_base_url_unless_one_is_given()
    {
        var eu = new OpsgenieDestinationOptions { Region = OpsgenieRegion.Eu };
        var us = new OpsgenieDestinationOptions();
        var custom = new OpsgenieDestinationOptions { Region = OpsgenieRegion.Eu, BaseUrl = new("http://127.0.0.1/") };

        Assert.Equal("https://api.eu.opsgenie.com/", eu.EffectiveBaseUrl.AbsoluteUri);
        Assert.Equal("https://api.opsgenie.com/", us.EffectiveBaseUrl.AbsoluteUri);
        Assert.Equal("http://127.0.0.1/", custom.EffectiveBaseUrl.AbsoluteUri);
    }

    [Theory]
    [InlineData(Severity.Critical, "P1")]
    [InlineData(Severity.High, "P2")]
    [InlineData(Severity.Medium, "P3")]
    [InlineData(Severity.Low, "P4")]
    [InlineData(Severity.Info, "P5")]
    public void Severity_maps_to_priority(Severity severity, string expected) =>
        Assert.Equal(expected, OpsgenieDestination.MapPriority(severity));
}
