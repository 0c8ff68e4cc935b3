using System.Diagnostics.Metrics;
using Amazon.S3;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panther.Parsing;
using Panther.Pipelines.Hosting;
using Panther.Pipelines.Observability;
using Panther.Rules.Alerts;
using Panther.Rules.Destinations;
using Panther.Rules.Evaluation;
using Panther.Schemas;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the whole Panther pipeline with a host's service collection.</summary>
public static class PantherServiceCollectionExtensions
{
    /// <summary>
    /// Adds the pipeline: the log type registry (built-in types plus <see cref="PantherOptions.Schemas"/>), the rule
    /// engine (<c>AddPantherRules</c>; add rule folders with <c>AddRuleDirectory</c>, runtimes with their own
    /// extensions, destinations with <c>AddAlertDestinations</c>) and <see cref="LakePipeline"/>, which enriches
    /// events from <see cref="PantherOptions.Lookups"/> before rules run, logs through the host's
    /// <c>ILoggerFactory</c> and measures through its <c>IMeterFactory</c> (meter
    /// <see cref="PipelineMetrics.MeterName"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the lake root, custom schemas and limits.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPanther(this IServiceCollection services,
        Action<PantherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PantherOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddPantherRules();
        services.TryAddSingleton(provider => BuiltInLogTypes.CreateRegistry()
            .AddRange(provider.GetRequiredService<IOptions<PantherOptions>>().Value.Schemas));
        services.TryAddSingleton<Func<AlertDeduplicator>>(provider =>
            provider.GetRequiredService<AlertDeduplicator>);
        services.TryAddSingleton(provider => new PipelineMetrics(provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => new LakePipeline(
            provider.GetRequiredService<IOptions<PantherOptions>>(),
            provider.GetRequiredService<LogTypeRegistry>(),
            provider.GetRequiredService<RuleSet>(),
            provider.GetRequiredService<Func<AlertDeduplicator>>(),
            provider.GetService<AlertDispatcher>(),
            provider.GetService<IAmazonS3>())
        {
            LoggerFactory = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            Metrics = provider.GetRequiredService<PipelineMetrics>(),
        });
        return services;
    }
}
