using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Panther.Rules.Destinations;

/// <summary>
/// Registers alert destinations, the <see cref="AlertRouter"/> and the <see cref="AlertDispatcher"/>. Each destination
/// gets its own named <see cref="HttpClient"/> with a resilience handler (total timeout, retries with exponential
/// jittered back-off, attempt timeout) configured by <see cref="AlertDeliveryOptions"/>, and with the HTTP client
/// factory's request logging removed, because that logging would write webhook URLs, tokens included.
/// </summary>
public static class AlertDestinationServiceCollectionExtensions
{
    /// <summary>Registers the router, the dispatcher and the delivery options; safe to call more than once.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adjusts retries and timeouts; may be null.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAlertDestinations(
        this IServiceCollection services, Action<AlertDeliveryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AlertDeliveryOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new AlertRouter(sp.GetServices<IAlertDestination>()));
        services.TryAddSingleton(sp => new AlertDispatcher(
            sp.GetRequiredService<AlertRouter>(), sp.GetService<ILogger<AlertDispatcher>>()));
        return services;
    }

    /// <summary>Registers a Slack incoming webhook destination.</summary>
    /// <param name="services">The services.</param>
    /// <param name="id">The destination id, unique among destinations.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Sets the webhook URL and routing.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddSlackDestination(
        this IServiceCollection services, string id, string name, Action<SlackDestinationOptions> configure) =>
        services.AddHttpDestination(id, configure, (sp, options) =>
            new SlackDestination(id, name, options, sp.GetRequiredService<IHttpClientFactory>()));

    /// <summary>Registers a PagerDuty Events API v2 destination.</summary>
    /// <param name="services">The services.</param>
    /// <param name="id">The destination id, unique among destinations.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Sets the routing key, base URL and routing.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddPagerDutyDestination(
        this IServiceCollection services, string id, string name, Action<PagerDutyDestinationOptions> configure) =>
        services.AddHttpDestination(id, configure, (sp, options) =>
            new PagerDutyDestination(id, name, options, sp.GetRequiredService<IHttpClientFactory>()));

    /// <summary>Registers a Microsoft Teams webhook destination.</summary>
    /// <param name="services">The services.</param>
    /// <param name="id">The destination id, unique among destinations.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Sets the webhook URL and routing.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddTeamsDestination(
        this IServiceCollection services, string id, string name, Action<TeamsDestinationOptions> configure) =>
        services.AddHttpDestination(id, configure, (sp, options) =>
            new TeamsDestination(id, name, options, sp.GetRequiredService<IHttpClientFactory>()));

    /// <summary>Registers an Opsgenie destination.</summary>
    /// <param name="services">The services.</param>
    /// <param name="id">The destination id, unique among destinations.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Sets the API key, region or base URL, and routing.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddOpsgenieDestination(
        this IServiceCollection services, string id, string name, Action<OpsgenieDestinationOptions> configure) =>
        services.AddHttpDestination(id, configure, (sp, options) =>
            new OpsgenieDestination(id, name, options, sp.GetRequiredService<IHttpClientFactory>()));

    /// <summary>Registers a generic signed webhook destination.</summary>
    /// <param name="services">The services.</param>
    /// <param name="id">The destination id, unique among destinations.</param>
    /// <param name="name">The display name.</param>
    /// <param name="configure">Sets the URL, the signing secret and routing.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddWebhookDestination(
        this IServiceCollection services, string id, string name, Action<WebhookDestinationOptions> configure) =>
        services.AddHttpDestination(id, configure, (sp, options) => new WebhookDestination(
            id, name, options, sp.GetRequiredService<IHttpClientFactory>(), sp.GetService<TimeProvider>()));

    private static IServiceCollection AddHttpDestination<TOptions>(
        this IServiceCollection services,
        string id,
        Action<TOptions> configure,
        Func<IServiceProvider, TOptions, IAlertDestination> create)
        where TOptions : AlertDestinationOptions
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddAlertDestinations();
        services.Configure(id, configure);

        // Handlers run in the order added: the resilience handler wraps the counter, so each retry is counted.
        var client = services.AddHttpClient(
                AlertDestinationHttpClient.NameFor(id), client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        client.AddResilienceHandler(AlertDestinationHttpClient.PipelineName, ConfigurePipeline);
        client.AddHttpMessageHandler(() => new AttemptCountingHandler());
        services.AddSingleton(sp => create(sp, sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(id)));
        return services;
    }

    private static void ConfigurePipeline(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<AlertDeliveryOptions>>().Value;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "total-timeout" })
            .AddRetry(new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "attempt-timeout" });
    }
}
