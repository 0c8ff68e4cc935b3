using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class WebhookDestinationTests
{
    private const string Secret = "whsec-test-0123456789";

    [Fact]
    public async Task Posts_signed_alert_json_that_verifies()
    {
        using var receiver = new TestReceiver();
        using var host = new DestinationHost(s => s.AddWebhookDestination("hook", "SOAR", o =>
        {
            o.Url = new Uri(receiver.BaseUrl, "alerts/in");
            o.Secret = Secret;
        }));

        var results = await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["hook"],
            summaryJson: AlertSamples.Summary));

        Assert.True(Assert.Single(results).Succeeded);
        var request = receiver.Single();
        var json = request.Json();
        Assert.Equal("a1b2c3d4e5f6", json.GetProperty("id").GetString());
        var summary = json.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("events").GetInt64());
        Assert.Equal(2, summary.GetProperty("attributes").GetProperty("sourceIPAddress")[0].GetProperty("count")
            .GetInt64());
        Assert.Equal("HIGH", json.GetProperty("severity").GetString());
        var user = json.GetProperty("context").GetProperty("user");
        Assert.Equal("arn:aws:iam::123:root", user.GetProperty("arn").GetString());
        Assert.Equal("a1b2c3d4e5f6", request.Headers[WebhookSignature.AlertIdHeader]);
        var timestamp = request.Headers[WebhookSignature.TimestampHeader];
        var signature = request.Headers[WebhookSignature.SignatureHeader];
        Assert.Matches("^sha256=[0-9a-f]{64}$", signature);
        Assert.True(WebhookSignature.Verify(
            Secret, timestamp, request.Body, signature, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void A_tampered_body_a_wrong_secret_or_an_old_timestamp_fails_verification()
    {
        var now = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var body = """{"id":"a1"}"""u8.ToArray();
        var signature = WebhookSignature.Compute(Secret, timestamp, body);
        var tampered = """{"id":"a2"}"""u8.ToArray();
        var tolerance = TimeSpan.FromMinutes(5);

        Assert.True(WebhookSignature.Verify(Secret, timestamp, body, signature, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, timestamp, tampered, signature, now, tolerance));
        Assert.False(WebhookSignature.Verify("other-secret", timestamp, body, signature, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, timestamp, body, signature, now.AddMinutes(6), tolerance));
        Assert.False(WebhookSignature.Verify(Secret, "1" + timestamp, body, signature, now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, timestamp, body, "sha256=zz", now, tolerance));
        Assert.False(WebhookSignature.Verify(Secret, timestamp, body, null, now, tolerance));
    }

    [Fact]
    public async Task Timestamp_header_comes_from_the_time_provider()
    {
        using var receiver = new TestReceiver();
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        var options = new WebhookDestinationOptions { Url = receiver.BaseUrl, Secret = Secret };
        var destination = new WebhookDestination(
            "hook", "SOAR", options, provider.GetRequiredService<IHttpClientFactory>(), time);

        await destination.SendAsync(AlertSamples.Create(), CancellationToken.None);

        var request = receiver.Single();
        Assert.Equal("1714979289", request.Headers[WebhookSignature.TimestampHeader]);
        Assert.True(WebhookSignature.Verify(
            Secret, "1714979289", request.Body, request.Headers[WebhookSignature.SignatureHeader],
            time.GetUtcNow(), TimeSpan.Zero));
    }
}
