namespace Panther.Cli.Tests.Rules;

/// <summary>Regression: a body path naming a folder was reported as "access denied".</summary>
public sealed class BodyFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("panther-body-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("rule.js")]
    [InlineData("rule.cs")]
    public void A_body_that_is_a_folder_is_reported_as_one(string body)
    {
        Directory.CreateDirectory(Path.Combine(_folder, body));
        File.WriteAllText(Path.Combine(_folder, "rule.yml"),
            $"AnalysisType: rule\nRuleID: Folder\nFilename: {body}\nLogTypes: [AWS.CloudTrail]\n");
        var result = CliRules.CreateLoader().LoadPath(_folder);

        Assert.Contains("is a folder, not a file", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
