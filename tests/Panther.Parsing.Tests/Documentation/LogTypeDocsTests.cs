using System.Text;
using Panther.Parsing.CloudTrail;
using Panther.Parsing.Okta;
using Panther.Parsing.Osquery;
using Panther.Parsing.Suricata;
using Panther.Schemas.Documentation;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Documentation;

/// <summary>
/// Keeps the generated log type pages in <c>docs/log-types/</c> equal to what the schemas in the code render.
/// Run the tests with <c>PANTHER_UPDATE_DOCS=1</c> to rewrite the pages after changing a schema.
/// </summary>
public class LogTypeDocsTests
{
    private const string UpdateVariable = "PANTHER_UPDATE_DOCS";

    [Fact]
    public void The_aws_page_matches_the_cloudtrail_schemas() =>
        AssertPageIsCurrent("aws.md", SchemaMarkdown.Render(CloudTrailLogTypes.All, "AWS log types"));

    [Fact]
    public void The_suricata_page_matches_the_suricata_schemas() =>
        AssertPageIsCurrent("suricata.md", SchemaMarkdown.Render(SuricataLogTypes.All, "Suricata log types"));

    [Fact]
    public void The_osquery_page_matches_the_osquery_schemas() =>
        AssertPageIsCurrent("osquery.md", SchemaMarkdown.Render(OsqueryLogTypes.All, "Osquery log types"));

    [Fact]
    public void The_okta_page_matches_the_okta_schema() =>
        AssertPageIsCurrent("okta.md", SchemaMarkdown.Render(OktaLogTypes.All, "Okta log types"));

    private static void AssertPageIsCurrent(string fileName, string rendered)
    {
        var path = Path.Combine(TestCorpus.RepositoryRoot, "docs", "log-types", fileName);
        var expected = Encoding.UTF8.GetBytes(rendered);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, expected);
            return;
        }

        var hint = $"Run the tests with {UpdateVariable}=1 to regenerate docs/log-types/{fileName}.";
        Assert.True(File.Exists(path), $"docs/log-types/{fileName} is missing. {hint}");
        var actual = File.ReadAllBytes(path);
        var line = FirstDifferentLine(actual, expected);
        Assert.True(actual.AsSpan().SequenceEqual(expected),
            $"docs/log-types/{fileName} is out of date (first difference on line {line}). {hint}");
    }

    private static int FirstDifferentLine(byte[] actual, byte[] expected)
    {
        var same = actual.AsSpan().CommonPrefixLength(expected);
        return actual.AsSpan(0, same).Count((byte)'\n') + 1;
    }
}
