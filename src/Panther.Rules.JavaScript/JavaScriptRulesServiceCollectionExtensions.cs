using Panther.Rules.JavaScript;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panther.Rules.Runtimes;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the JavaScript rule runtime with dependency injection.</summary>
public static class JavaScriptRulesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="JavaScriptRuleRuntime"/> as an <see cref="IRuleRuntime"/> singleton, so the rule loader can run
    /// <c>.js</c> rule bodies. Calling it again adds nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default limits, or <see langword="null"/> to keep them.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddJavaScriptRules(
        this IServiceCollection services, Action<JavaScriptRuleOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new JavaScriptRuleOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleRuntime>(new JavaScriptRuleRuntime(options)));
        return services;
    }
}
