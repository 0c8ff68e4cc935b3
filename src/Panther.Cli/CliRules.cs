using Microsoft.Extensions.DependencyInjection;

using Panther.Rules.Loading;

namespace Panther.Cli;

/// <summary>The rule runtimes the command-line tool offers: simple detections, JavaScript and C# rule files.</summary>
internal static class CliRules
{
    public static RuleLoader CreateLoader()
    {
        var services = new ServiceCollection().AddPantherRules().AddJavaScriptRules().AddCSharpRuleFiles();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<RuleLoader>();
    }
}
