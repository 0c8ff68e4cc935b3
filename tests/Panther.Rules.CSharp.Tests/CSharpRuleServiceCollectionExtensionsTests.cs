using Microsoft.Extensions.DependencyInjection;
using Panther.Rules.Runtimes;

namespace Panther.Rules.CSharp.Tests;

public sealed class CSharpRuleServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCSharpRuleFiles_registers_the_runtime_once_as_a_singleton()
    {
        var services = new ServiceCollection();

        services.AddCSharpRuleFiles().AddCSharpRuleFiles();

        var descriptor = Assert.Single(services);
        Assert.Equal(typeof(IRuleRuntime), descriptor.ServiceType);
        Assert.Equal(typeof(CSharpRuleRuntime), descriptor.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, descriptor.Lifetime);
    }
}
