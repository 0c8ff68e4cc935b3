using Microsoft.Extensions.DependencyInjection;
using Panther.Rules.CSharp;
using Panther.Rules.Loading;
using Panther.Rules.Runtimes;

namespace Panther.Cli;

/// <summary>The rule runtimes the command-line tool offers: simple detections, JavaScript and C# rule files.</summary>
internal static class CliRules
{
    /// <summary>One C# runtime per process, so commands run in the same process share its compile cache.</summary>
    private static readonly CSharpRuleRuntime CSharp = new();

    public static RuleLoader CreateLoader()
    {
        var services = new ServiceCollection().AddPantherRules().AddJavaScriptRules();
        services.AddSingleton<IRuleRuntime>(CSharp);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<RuleLoader>();
    }
}
