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
using Panther.Sinks;

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
        services.AddOptions<PantherOptions>()
            .Validate(options => options.Workers >= 1, "PantherOptions.Workers must be at least 1.");
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
            Sinks = [.. provider.GetServices<LakeSinkRegistration>().Select(r => (Func<ILakeSink>)(() =>
                r.Create(provider)))],
        });
        return services;
    }

    /// <summary>
    /// Adds the pipeline as <see cref="AddPanther(IServiceCollection, Action{PantherOptions})"/> does, with its
    /// settings read from configuration first, such as the <c>Panther</c> section of <c>appsettings.json</c>:
    /// <c>LakeRoot</c>, <c>Workers</c>, <c>Parser:BatchSize</c>, <c>Lake:MaxRowsPerFile</c>, ... by the property names
    /// of <see cref="PantherOptions"/>. <paramref name="configure"/> runs after, for what configuration cannot hold,
    /// such as schemas written in code.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The settings.</param>
    /// <param name="configure">Sets what configuration does not.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPanther(this IServiceCollection services,
        Microsoft.Extensions.Configuration.IConfiguration configuration, Action<PantherOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PantherOptions>().Bind(configuration);
        return services.AddPanther(configure);
    }

    /// <summary>
    /// Adds a sink that every run of <see cref="LakePipeline"/> writes to. With none added, runs write a Parquet lake
    /// at <see cref="PantherOptions.LakeRoot"/>; with several, every run writes to all of them in turn
    /// (<see cref="FanOutLakeSink"/>). The maker is called at the start of each run, once per worker
    /// (<see cref="PantherOptions.Workers"/>), and the run disposes of what it made.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddPanther()
    ///     .AddLakeSink(_ => new ParquetLakeWriter(new LakeLayout("lake")))
    ///     .AddLakeSink(_ => new JsonLinesLakeWriter(new LocalLakeObjectStore("lake-json")));
    /// </code>
    /// </example>
    /// <param name="services">The services.</param>
    /// <param name="create">Makes the sink for one run.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddLakeSink(this IServiceCollection services,
        Func<IServiceProvider, ILakeSink> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.AddSingleton(new LakeSinkRegistration(create));
        return services;
    }
}
