using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class SlackDestinationTests
{
    [Fact]
    public async Task Posts_text_and_blocks_with_escaped_title_to_the_webhook()
    {
        using var receiver = new TestReceiver();
        using var host = new DestinationHost(s => s.AddSlackDestination("slack-1", "Security channel", o =>
            o.WebhookUrl = new Uri(receiver.BaseUrl, "services/T000/B000/XXXX")));

        var results = await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack-1"]));

        Assert.True(Assert.Single(results).Succeeded);
        var request = receiver.Single();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/services/T000/B000/XXXX", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        var json = request.Json();
        Assert.Equal("[HIGH] Alert: Root login from 203.0.113.9 &lt;script&gt;", json.GetProperty("text").GetString());
        var blocks = json.GetProperty("blocks");
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        var fields = blocks[1].GetProperty("fields");
        Assert.Equal("*Rule*\nAWS.Console.RootLogin", fields[1].GetProperty("text").GetString());
        Assert.Contains(
            "a1b2c3d4e5f6",
            blocks[blocks.GetArrayLength() - 1].GetProperty("elements")[0].GetProperty("text").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alert_summary_is_a_section_of_top_values()
    {
        using var receiver = new TestReceiver();
        using var host = new DestinationHost(s => s.AddSlackDestination("slack-1", "Security channel", o =>
            o.WebhookUrl = new Uri(receiver.BaseUrl, "services/T000/B000/XXXX")));

        await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack-1"],
            summaryJson: AlertSamples.Summary));

        var blocks = receiver.Single().Json().GetProperty("blocks").EnumerateArray().ToList();
        Assert.Contains(blocks, block => block.GetProperty("type").GetString() == "section"
            && block.TryGetProperty("text", out var text)
            && text.GetProperty("text").GetString()
                == "sourceIPAddress: 203.0.113.9 (2), 198.51.100.4 (1)\nuserAgent: curl/8.0 &lt;x&gt; (3)");
    }
}
