using System.Text.RegularExpressions;
using Acme.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panther.Tests.Shared;

namespace Panther.Pipelines.Tests.Embedding;

public sealed partial class EmbeddingExampleTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-embedding-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_example_in_the_docs_is_the_code_compiled_here()
    {
        var doc = File.ReadAllText(Path.Combine(TestCorpus.RepositoryRoot, "docs", "embedding.md"))
            .ReplaceLineEndings("\n");
        var blocks = CSharpBlock().Matches(doc).Select(match => match.Groups[1].Value).ToList();
        var folder = Path.Combine(TestCorpus.RepositoryRoot, "tests", "Panther.Pipelines.Tests", "Embedding");
        var source = File.ReadAllText(Path.Combine(folder, "LogIngestionService.cs")).ReplaceLineEndings("\n");
        var test = File.ReadAllText(Path.Combine(folder, "EmbeddingExampleTests.cs"));

        Assert.Equal(2, blocks.Count);
        Assert.Equal(source, blocks[0]);
        Assert.Contains(Flatten(blocks[1]), Flatten(test), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_example_service_reads_logs_into_the_lake_and_runs_the_rules()
    {
        var lake = Path.Combine(_folder.FullName, "lake");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Panther:LakeRoot"] = lake,
                ["Panther:Workers"] = "2",
                ["Rules"] = TestCorpus.SamplesPath("rules", "aws"),
            })
            .Build();
        var logs = TestCorpus.SamplesPath("logs", "cloudtrail");

        await using var provider = LogIngestionService.Register(new ServiceCollection(), configuration)
            .BuildServiceProvider();
        var summary = await provider.GetRequiredService<LogIngestionService>().IngestAsync([logs], default);

        Assert.Equal(25, summary.EventsByLogType["AWS.CloudTrail"]);
        Assert.True(summary.Detection!.Matches > 0);
        Assert.True(Directory.Exists(Path.Combine(lake, "alerts")));
    }

    /// <summary>The lines of a text without their indentation, joined by spaces.</summary>
    private static string Flatten(string text) =>
        string.Join(' ', text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
