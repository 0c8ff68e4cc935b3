using System.Text;
using Panther.Parsing.CloudTrail;
using Panther.Parsing.Okta;
using Panther.Parsing.Osquery;
using Panther.Parsing.Suricata;
using Panther.Schemas;
using Panther.Sinks.Ddl;
using Panther.Tests.Shared;

namespace Panther.Sinks.Tests.Ddl;

/// <summary>
/// Keeps the Athena DDL of each built-in family equal to the files in <c>tests/Panther.Sinks.Tests/Ddl/Golden/</c>,
/// so that a change to a schema, to the writer's columns or to the DDL shows up as a diff to review. Run the tests
/// with <c>PANTHER_UPDATE_DDL=1</c> (or <c>PANTHER_UPDATE_DOCS=1</c>) to rewrite the files.
/// </summary>
public class AthenaDdlGoldenTests
{
    private static readonly string[] UpdateVariables = ["PANTHER_UPDATE_DDL", "PANTHER_UPDATE_DOCS"];

    private static readonly AthenaDdlOptions Options = new("s3://example-bucket/panther");

    [Fact]
    public void The_aws_ddl_matches_its_golden_file() => AssertGolden("aws.sql", CloudTrailLogTypes.All);

    [Fact]
    public void The_suricata_ddl_matches_its_golden_file() => AssertGolden("suricata.sql", SuricataLogTypes.All);

    [Fact]
    public void The_osquery_ddl_matches_its_golden_file() => AssertGolden("osquery.sql", OsqueryLogTypes.All);

    [Fact]
    public void The_okta_ddl_matches_its_golden_file() => AssertGolden("okta.sql", OktaLogTypes.All);

    private static void AssertGolden(string fileName, IEnumerable<LogSchema> schemas)
    {
        var script = AthenaDdl.FormatScript(AthenaDdl.CreateAll(schemas, Options));
        foreach (var statement in DdlShape.Statements(script))
        {
            DdlShape.AssertWellFormed(statement);
        }

        var path = Path.Combine(TestCorpus.RepositoryRoot, "tests", "Panther.Sinks.Tests", "Ddl", "Golden", fileName);
        var expected = Encoding.UTF8.GetBytes(script);
        if (UpdateVariables.Any(v => Environment.GetEnvironmentVariable(v) == "1"))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, expected);
            return;
        }

        var hint = $"Run the tests with PANTHER_UPDATE_DDL=1 to regenerate Ddl/Golden/{fileName}; review the diff.";
        Assert.True(File.Exists(path), $"Ddl/Golden/{fileName} is missing. {hint}");
        var actual = File.ReadAllBytes(path);
        var same = actual.AsSpan().CommonPrefixLength(expected);
        var line = actual.AsSpan(0, same).Count((byte)'\n') + 1;
        Assert.True(actual.AsSpan().SequenceEqual(expected),
            $"Ddl/Golden/{fileName} is out of date (first difference on line {line}). {hint}");
    }
}
