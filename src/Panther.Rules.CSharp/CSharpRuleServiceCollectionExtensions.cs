using Microsoft.Extensions.DependencyInjection.Extensions;
using Panther.Rules.CSharp;
using Panther.Rules.Runtimes;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the C# rule file runtime with a host's services.</summary>
public static class CSharpRuleServiceCollectionExtensions
{
    /// <summary>
    /// Lets the rule loader compile <c>.cs</c> rule bodies, by adding <see cref="CSharpRuleRuntime"/> as a singleton
    /// <see cref="IRuleRuntime"/>. Calling it twice registers it once. C# rule files run with full trust: only load
    /// rule folders you trust.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddCSharpRuleFiles(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleRuntime, CSharpRuleRuntime>());
        return services;
    }
}
