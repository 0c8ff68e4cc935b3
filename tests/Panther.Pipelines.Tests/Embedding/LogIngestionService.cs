using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panther.Pipelines.Hosting;
using Panther.Pipelines.Ingestion;
using Panther.Rules.Destinations;

namespace Acme.Security;

/// <summary>A service of a host application that puts the log files it is given through the Panther pipeline.
/// </summary>
/// <param name="pipeline">The pipeline that <c>AddPanther</c> registers.</param>
public sealed class LogIngestionService(LakePipeline pipeline)
{
    /// <summary>Reads files and folders into the lake, runs the rules over them and sends the alerts.</summary>
    /// <param name="paths">Files, folders or patterns.</param>
    /// <param name="cancellationToken">Stops the run after the current batches.</param>
    /// <returns>What the run did: events by log type, quarantined records, rule matches and alerts.</returns>
    public Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, CancellationToken cancellationToken) =>
        pipeline.RunAsync(paths, cancellationToken);

    /// <summary>Registers the pipeline and this service: the <c>Panther</c> section holds the pipeline's settings,
    /// <c>Rules</c> the rule folder, and <c>Soc:Url</c> and <c>Soc:Secret</c> a signed webhook for the alerts.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddPanther(configuration.GetSection("Panther"))
            .AddJavaScriptRules()
            .AddCSharpRuleFiles()
            .AddRuleDirectory(configuration["Rules"] ?? "rules")
            .AddAlertDestinations();
        if (configuration["Soc:Url"] is { } url)
        {
            services.AddWebhookDestination("soc", "SOC webhook", options =>
            {
                options.Url = new Uri(url);
                options.Secret = configuration["Soc:Secret"];
            });
        }

        return services.AddSingleton<LogIngestionService>();
    }
}
