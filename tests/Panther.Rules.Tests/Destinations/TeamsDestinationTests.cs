using Panther.Rules.Alerts;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class TeamsDestinationTests
{
    [Fact]
    public async Task Posts_a_message_with_one_adaptive_card()
    {
        using var receiver = new TestReceiver();
        using var host = new DestinationHost(s => s.AddTeamsDestination("teams", "SOC", o =>
            o.WebhookUrl = new Uri(receiver.BaseUrl, "workflows/abc?sig=SECRETSIG")));

        var results = await host.Dispatcher.DispatchAsync(
            AlertSamples.Create(type: AlertType.RuleError, destinations: ["SOC"]));

        Assert.True(Assert.Single(results).Succeeded);
        var json = receiver.Single().Json();
        Assert.Equal("message", json.GetProperty("type").GetString());
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var body = card.GetProperty("body");
        Assert.Equal("Rule error: Root login from 203.0.113.9 <script>", body[0].GetProperty("text").GetString());
        Assert.Equal("HIGH", body[1].GetProperty("facts")[0].GetProperty("value").GetString());
        Assert.Equal("KeyError: 'eventName'", body[2].GetProperty("text").GetString());
    }
}
