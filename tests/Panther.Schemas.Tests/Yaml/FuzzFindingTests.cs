using System.Text;
using Panther.Schemas.Yaml;

namespace Panther.Schemas.Tests.Yaml;

/// <summary>Schemas the fuzzer (<c>fuzz/run.sh</c>) found to crash the loader: each must now be refused with a
/// <see cref="SchemaException"/> that names the source.</summary>
public class FuzzFindingTests
{
    public static TheoryData<string> Findings() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz"), "schema-*.yml")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_schema_that_crashed_the_loader_is_refused_with_the_source_named(string name)
    {
        var yaml = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz",
            name)));

        var error = Assert.Throws<SchemaException>(() => YamlSchemaLoader.Load(yaml, name));

        Assert.StartsWith(name + ": ", error.Message, StringComparison.Ordinal);
    }
}
