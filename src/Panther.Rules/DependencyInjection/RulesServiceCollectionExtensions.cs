using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panther.Rules;
using Panther.Rules.Alerts;
using Panther.Rules.DependencyInjection;
using Panther.Rules.Detections;
using Panther.Rules.Evaluation;
using Panther.Rules.Loading;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the rule engine, rule runtimes and rules with a host's service collection.</summary>
public static class RulesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the rule engine: the simple-detection runtime, a <see cref="RuleLoader"/>, the <see cref="RuleSet"/> of
    /// every registered rule and rule folder, an <see cref="IAlertStateStore"/> and an <see cref="AlertDeduplicator"/>.
    /// Add more runtimes with their own extensions (<c>AddJavaScriptRules</c>, <c>AddCSharpRuleFiles</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, such as rule folders.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPantherRules(
        this IServiceCollection services, Action<RuleEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<RuleEngineOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleRuntime, SimpleDetectionRuntime>());
        services.TryAddSingleton(provider => new RuleLoader(provider.GetServices<IRuleRuntime>()));
        services.TryAddSingleton<IAlertStateStore>(provider =>
            provider.GetRequiredService<IOptions<RuleEngineOptions>>().Value.AlertStateFile is { } file
                ? new FileAlertStateStore(file, provider.GetRequiredService<TimeProvider>())
                : new MemoryAlertStateStore());
        services.TryAddSingleton(provider => RuleSetFactory.Create(
            provider.GetServices<RuleDefinition>(),
            provider.GetRequiredService<RuleLoader>(),
            provider.GetRequiredService<IOptions<RuleEngineOptions>>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger("Panther.Rules") ?? NullLogger.Instance));
        services.TryAddTransient(provider => new AlertDeduplicator(
            provider.GetRequiredService<IAlertStateStore>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>Adds a rule folder (or spec file) to load when the rule set is built.</summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The folder or spec file.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRuleDirectory(this IServiceCollection services, string path)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(path);
        return services.Configure<RuleEngineOptions>(options => options.RuleDirectories.Add(path));
    }

    /// <summary>Adds a compiled C# rule class with its spec; the class is created by the container.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="spec">The rule's spec.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRule<TRule>(this IServiceCollection services, RuleSpec spec)
        where TRule : class, IRule
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(spec);
        services.TryAddSingleton<TRule>();
        services.AddSingleton(provider => Define(spec, provider.GetRequiredService<TRule>()));
        return services;
    }

    /// <summary>Adds a rule instance with its spec.</summary>
    /// <param name="services">The services.</param>
    /// <param name="spec">The rule's spec.</param>
    /// <param name="rule">The rule body.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddRule(this IServiceCollection services, RuleSpec spec, IRule rule)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rule);
        services.AddSingleton(Define(spec, rule));
        return services;
    }

    private static RuleDefinition Define(RuleSpec spec, IRule rule) => new(spec, rule)
    {
        Filter = SimpleDetectionCompiler.CompileFilter(spec.InlineFilters, spec.SourcePath ?? spec.Id),
    };
}
