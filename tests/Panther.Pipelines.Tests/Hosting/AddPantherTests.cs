using Microsoft.Extensions.DependencyInjection;
using Panther.Pipelines.Hosting;
using Panther.Rules;
using Panther.Rules.Specs;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Sinks.Query;
using Panther.Tests.Shared;

namespace Panther.Pipelines.Tests.Hosting;

public sealed class AddPantherTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-host-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task One_registration_runs_parsing_rules_and_alerts_into_the_lake()
    {
        var lake = Path.Combine(_folder.FullName, "lake");
        var services = new ServiceCollection()
            .AddPanther(options => options.LakeRoot = lake)
            .AddJavaScriptRules()
            .AddRuleDirectory(TestCorpus.SamplesPath("rules", "aws"))
            .AddRule(new RuleSpec { Id = "Host.AnyOkta", LogTypes = ["Okta.SystemLog"] }, new AnyEvent());
        await using var provider = services.BuildServiceProvider();

        var summary = await provider.GetRequiredService<LakePipeline>().RunAsync(
            [TestCorpus.SamplesPath("logs", "cloudtrail"), TestCorpus.SamplesPath("logs", "okta")]);

        Assert.True(summary.Events > 0);
        Assert.NotNull(summary.Detection);
        Assert.True(summary.Detection.Matches > summary.EventsByLogType["Okta.SystemLog"]);
        using var query = new LakeQuery(new Panther.Sinks.Layout.LakeLayout(lake));
        var rules = query.Execute("SELECT DISTINCT rule_id FROM alerts ORDER BY 1").Rows
            .Select(row => row[0]?.ToString()).ToList();
        Assert.Contains("Host.AnyOkta", rules);
        Assert.Contains(rules, id => id!.StartsWith("AWS.CloudTrail.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Custom_schemas_are_registered_beside_the_built_in_ones()
    {
        var schema = new LogSchema("Custom.Proxy") { Fields = [Field.String("url") with { Required = true }] };
        var services = new ServiceCollection().AddPanther(options =>
        {
            options.LakeRoot = Path.Combine(_folder.FullName, "lake");
            options.Schemas.Add(schema);
        });
        await using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<LogTypeRegistry>();

        Assert.True(registry.TryGet("Custom.Proxy", out _));
        Assert.True(registry.TryGet("AWS.CloudTrail", out _));
    }

    private sealed class AnyEvent : IRule
    {
        public bool Matches(RuleEvent evt) => true;
    }
}
