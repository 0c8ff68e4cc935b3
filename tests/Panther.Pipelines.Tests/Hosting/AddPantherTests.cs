using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panther.Pipelines.Enrichment;
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
    public void Settings_bind_from_configuration_and_are_checked()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Panther:LakeRoot"] = "/data/lake",
                ["Panther:Workers"] = "3",
                ["Panther:Parser:BatchSize"] = "64",
                ["Panther:Lake:MaxRowsPerFile"] = "5000",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddPanther(configuration.GetSection("Panther"), options => options.Lake.MaxBufferBytes = 1024)
            .BuildServiceProvider();
        var broken = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Workers"] = "0" })
            .Build();
        using var brokenProvider = new ServiceCollection().AddPanther(broken).BuildServiceProvider();

        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PantherOptions>>().Value;

        Assert.Equal(("/data/lake", 3, 64, 5000, 1024L), (options.LakeRoot, options.Workers,
            options.Parser.BatchSize, options.Lake.MaxRowsPerFile, options.Lake.MaxBufferBytes));
        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => brokenProvider.GetRequiredService<LakePipeline>());
        Assert.Contains("PantherOptions.Workers must be at least 1.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_on_the_same_inputs_reads_nothing_unless_told_to_reprocess()
    {
        var lake = Path.Combine(_folder.FullName, "lake");
        await using var provider = new ServiceCollection()
            .AddPanther(options => options.LakeRoot = lake)
            .BuildServiceProvider();
        var okta = TestCorpus.SamplesPath("logs", "okta");
        var inputs = Directory.GetFiles(okta, "*", SearchOption.AllDirectories).Length;

        var first = await provider.GetRequiredService<LakePipeline>().RunAsync([okta]);
        var second = await provider.GetRequiredService<LakePipeline>().RunAsync([okta]);

        Assert.True(first.Events > 0);
        Assert.Equal((0, inputs), (first.InputsSkipped, first.InputsRead.Count));
        Assert.Equal((0L, inputs, 0), (second.Events, second.InputsSkipped, second.Inputs));
        using var query = new LakeQuery(new Panther.Sinks.Layout.LakeLayout(lake));
        Assert.Equal(first.Events, (long)query.Execute("SELECT count(*) AS n FROM okta_systemlog").Rows[0]["n"]!);
        Assert.Empty(Directory.GetFiles(Path.Combine(lake, "state", "runs")));
    }

    [Fact]
    public async Task Reprocess_reads_the_inputs_again()
    {
        var lake = Path.Combine(_folder.FullName, "lake");
        await using var provider = new ServiceCollection()
            .AddPanther(options =>
            {
                options.LakeRoot = lake;
                options.Reprocess = true;
            })
            .BuildServiceProvider();
        var okta = TestCorpus.SamplesPath("logs", "okta");

        var first = await provider.GetRequiredService<LakePipeline>().RunAsync([okta]);
        var second = await provider.GetRequiredService<LakePipeline>().RunAsync([okta]);

        Assert.Equal(first.Events, second.Events);
        Assert.Equal(0, second.InputsSkipped);
        using var query = new LakeQuery(new Panther.Sinks.Layout.LakeLayout(lake));
        Assert.Equal(2 * first.Events,
            (long)query.Execute("SELECT count(*) AS n FROM okta_systemlog").Rows[0]["n"]!);
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

    [Fact]
    public async Task Lookup_tables_in_the_options_enrich_events_before_rules_see_them()
    {
        var lake = Path.Combine(_folder.FullName, "lake");
        var services = new ServiceCollection()
            .AddPanther(options =>
            {
                options.LakeRoot = lake;
                options.Lookups.Add(new LookupTableDefinition
                {
                    Name = "employees",
                    Path = TestCorpus.SamplesPath("context", "users.csv"),
                    KeyField = "user_name",
                    Match = new Dictionary<string, IReadOnlyList<string>>
                    {
                        ["AWS.CloudTrail"] = ["userIdentity.userName"],
                    },
                });
            })
            .AddRule(new RuleSpec { Id = "Host.Finance", LogTypes = ["AWS.CloudTrail"] }, new FinanceUser());
        await using var provider = services.BuildServiceProvider();

        var summary = await provider.GetRequiredService<LakePipeline>().RunAsync(
            [TestCorpus.SamplesPath("logs", "cloudtrail")]);

        using var query = new LakeQuery(new Panther.Sinks.Layout.LakeLayout(lake));
        var enriched = query.Execute("SELECT userIdentity.userName AS user, " +
            "json_extract_string(p_enrichment, '$.employees.\"userIdentity.userName\".department') AS department " +
            "FROM aws_cloudtrail WHERE p_enrichment IS NOT NULL").Rows;
        Assert.NotEmpty(enriched);
        Assert.Contains(enriched, row => (string?)row["department"] == "Finance");
        var finance = enriched.Count(row => (string?)row["department"] == "Finance");
        Assert.Equal(finance, summary.Detection!.Matches);
    }

    [Fact]
    public async Task Added_sinks_replace_the_default_lake_and_all_receive_every_run()
    {
        var parquet = Path.Combine(_folder.FullName, "parquet");
        var json = Path.Combine(_folder.FullName, "json");
        var services = new ServiceCollection()
            .AddPanther(options => options.LakeRoot = Path.Combine(_folder.FullName, "unused"))
            .AddLakeSink(_ => new Panther.Sinks.Writing.ParquetLakeWriter(new Panther.Sinks.Layout.LakeLayout(parquet)))
            .AddLakeSink(_ => new Panther.Sinks.Writing.JsonLinesLakeWriter(
                new Panther.Sinks.Storage.LocalLakeObjectStore(json)));
        await using var provider = services.BuildServiceProvider();

        var summary = await provider.GetRequiredService<LakePipeline>().RunAsync(
            [TestCorpus.SamplesPath("logs", "okta")]);

        using var query = new LakeQuery(new Panther.Sinks.Layout.LakeLayout(parquet));
        Assert.Equal(summary.Events, (long)query.Execute("SELECT count(*) AS n FROM okta_systemlog").Rows[0]["n"]!);
        var lines = Directory.GetFiles(json, "*.json.gz", SearchOption.AllDirectories)
            .Sum(f => Gunzip(f).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(summary.Events, lines);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "unused", "logs")));
    }

    private static string Gunzip(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path),
            System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private sealed class FinanceUser : IRule
    {
        public bool Matches(RuleEvent evt) =>
            evt.Get("p_enrichment", "employees", "userIdentity.userName", "department").ValueEquals("Finance");
    }

    private sealed class AnyEvent : IRule
    {
        public bool Matches(RuleEvent evt) => true;
    }
}
