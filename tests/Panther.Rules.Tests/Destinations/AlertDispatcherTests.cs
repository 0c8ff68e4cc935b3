using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class AlertDispatcherTests
{
    private const string SlackToken = "T0SECRET/B0SECRET/XXXXSECRETTOKEN";
    private const string RoutingKey = "ROUTINGKEYSECRET0123";
    private const string GenieKey = "GENIEKEYSECRET-4567";
    private const string HmacSecret = "HMACSECRET-89ab";

    [Fact]
    public async Task Two_server_errors_then_success_is_delivered_on_the_third_attempt()
    {
        using var receiver = new TestReceiver(n => n <= 2 ? 500 : 200);
        using var host = new DestinationHost(s => AddSlack(s, receiver));

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"])));

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, receiver.Count);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_the_retries_with_a_failed_result()
    {
        using var receiver = new TestReceiver(_ => 503);
        using var host = new DestinationHost(s => AddSlack(s, receiver), o => o.MaxRetryAttempts = 2);

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"])));

        Assert.False(result.Succeeded);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, receiver.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, result.StatusCode);
        Assert.Contains("503", result.Error, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4101);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        using var receiver = new TestReceiver(_ => 400);
        using var host = new DestinationHost(s => AddSlack(s, receiver));

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"])));

        Assert.False(result.Succeeded);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(HttpStatusCode.BadRequest, result.StatusCode);
    }

    [Fact]
    public async Task A_hanging_endpoint_fails_within_the_total_timeout()
    {
        using var receiver = new TestReceiver(_ => 0);
        using var host = new DestinationHost(s => AddSlack(s, receiver), o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.TotalTimeout = TimeSpan.FromMilliseconds(700);
            o.MaxRetryAttempts = 10;
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
        });
        var watch = Stopwatch.StartNew();

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"])));

        Assert.False(result.Succeeded);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(600), TimeSpan.FromSeconds(3));
        Assert.InRange(result.Attempts ?? 0, 1, 5);
        Assert.Null(result.StatusCode);
        Assert.Contains("timeout", result.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unreachable_endpoint_fails_without_throwing()
    {
        Uri closed;
        using (var receiver = new TestReceiver())
        {
            closed = receiver.BaseUrl;
        }

        using var host = new DestinationHost(s => s.AddSlackDestination("slack", "Slack", o =>
            o.WebhookUrl = new Uri(closed, "services/" + SlackToken)), o => o.MaxRetryAttempts = 1);

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"])));

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Attempts);
        Assert.DoesNotContain(SlackToken, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Destinations_are_sent_concurrently_and_one_failure_does_not_stop_the_others()
    {
        using var hanging = new TestReceiver(_ => 0);
        using var healthy = new TestReceiver();
        using var host = new DestinationHost(
            s =>
            {
                AddSlack(s, hanging);
                s.AddPagerDutyDestination("pd", "Pager", o =>
                {
                    o.RoutingKey = RoutingKey;
                    o.BaseUrl = healthy.BaseUrl;
                });
            },
            o =>
            {
                o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
                o.TotalTimeout = TimeSpan.FromMilliseconds(300);
            });

        var results = await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack", "pd"]));

        Assert.Equal(["slack", "pd"], results.Select(r => r.DestinationId));
        Assert.False(results[0].Succeeded);
        Assert.True(results[1].Succeeded);
    }

    [Fact]
    public async Task A_throwing_custom_destination_becomes_a_failed_result()
    {
        var broken = new StubDestination("custom", "Custom", [Severity.High]) { Failure = new IOException("disk") };
        using var host = new DestinationHost(s => s.AddSingleton<IAlertDestination>(broken));

        var result = Assert.Single(await host.Dispatcher.DispatchAsync(AlertSamples.Create(Severity.High)));

        Assert.False(result.Succeeded);
        Assert.Null(result.Attempts);
        Assert.Equal("IOException: disk", result.Error);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_thrown()
    {
        using var receiver = new TestReceiver(_ => 0);
        using var host = new DestinationHost(s => AddSlack(s, receiver));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["slack"]), cancel.Token));
    }

    [Fact]
    public async Task Unknown_and_suppressed_routes_are_logged_and_send_nothing()
    {
        using var receiver = new TestReceiver();
        using var host = new DestinationHost(s => AddSlack(s, receiver));

        Assert.Empty(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["nowhere"])));
        Assert.Empty(await host.Dispatcher.DispatchAsync(AlertSamples.Create(destinations: ["SKIP"])));

        Assert.Equal(0, receiver.Count);
        Assert.Contains(
            host.Logs.Entries, e => e.EventId == 4102 && e.Text.Contains("nowhere", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4103);
    }

    [Fact]
    public async Task Secrets_appear_in_no_log_entry_and_no_result()
    {
        using var failing = new TestReceiver(n => n == 1 ? 500 : 401);
        using var host = new DestinationHost(s =>
        {
            s.AddSlackDestination("slack", "Slack", o =>
                o.WebhookUrl = new Uri(failing.BaseUrl, "services/" + SlackToken));
            s.AddTeamsDestination("teams", "Teams", o =>
                o.WebhookUrl = new Uri(failing.BaseUrl, "workflows/x?sig=" + SlackToken));
            s.AddPagerDutyDestination("pd", "Pager", o =>
            {
                o.RoutingKey = RoutingKey;
                o.BaseUrl = failing.BaseUrl;
            });
            s.AddOpsgenieDestination("og", "Genie", o =>
            {
                o.ApiKey = GenieKey;
                o.BaseUrl = failing.BaseUrl;
            });
            s.AddWebhookDestination("hook", "Hook", o =>
            {
                o.Url = new Uri(failing.BaseUrl, "in/" + SlackToken);
                o.Secret = HmacSecret;
            });
        });

        var results = await host.Dispatcher.DispatchAsync(
            AlertSamples.Create(destinations: ["slack", "teams", "pd", "og", "hook"]));

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.False(r.Succeeded));
        var everything = host.Logs.AllText + "\n" + string.Join("\n", results.Select(r => r.ToString()));
        Assert.Contains(host.Logs.Entries, e => e.EventId == 4101);
        Assert.Contains(host.Logs.Entries, e => e.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.Contains("http://127.0.0.1", everything, StringComparison.Ordinal);
        foreach (var secret in new[] { SlackToken, "XXXXSECRETTOKEN", RoutingKey, GenieKey, HmacSecret })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_ToString_hides_secrets()
    {
        var texts = new object[]
        {
            new SlackDestinationOptions { WebhookUrl = new Uri("https://hooks.slack.com/services/" + SlackToken) },
            new TeamsDestinationOptions { WebhookUrl = new Uri("https://example.com/workflows?sig=" + SlackToken) },
            new PagerDutyDestinationOptions { RoutingKey = RoutingKey },
            new OpsgenieDestinationOptions { ApiKey = GenieKey },
            new WebhookDestinationOptions { Url = new Uri("https://example.com/" + SlackToken), Secret = HmacSecret },
        }.Select(o => o.ToString()!).ToList();

        Assert.Contains("https://hooks.slack.com", texts[0], StringComparison.Ordinal);
        foreach (var secret in new[] { SlackToken, "XXXXSECRETTOKEN", RoutingKey, GenieKey, HmacSecret })
        {
            Assert.All(texts, t => Assert.DoesNotContain(secret, t, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Incomplete_options_fail_without_echoing_values()
    {
        var services = new ServiceCollection();
        services.AddPagerDutyDestination("pd", "Pager", o => o.BaseUrl = new Uri("ftp://x/" + SlackToken));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<AlertDispatcher>());

        Assert.Contains("RoutingKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SlackToken, error.Message, StringComparison.Ordinal);
    }

    private static void AddSlack(IServiceCollection services, TestReceiver receiver) =>
        services.AddSlackDestination("slack", "Slack", o =>
            o.WebhookUrl = new Uri(receiver.BaseUrl, "services/" + SlackToken));
}
