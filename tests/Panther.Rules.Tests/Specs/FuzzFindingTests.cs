using System.Text;
using Panther.Rules.Detections;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Tests.Specs;

/// <summary>Rule specs the fuzzer (<c>fuzz/run.sh</c>) found to crash the loader: each must now be refused with a
/// <see cref="RuleLoadException"/> that names the file.</summary>
public class FuzzFindingTests
{
    public static TheoryData<string> Findings() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz"), "rule-*.yml")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_spec_that_crashed_the_loader_is_refused_with_the_file_named(string name)
    {
        var yaml = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz",
            name)));

        var error = Assert.Throws<RuleLoadException>(() =>
        {
            var spec = RuleSpecReader.Read(yaml, "/rules/" + name, out _);
            if (spec?.Detection is not null)
            {
                SimpleDetectionCompiler.Compile(spec);
            }
        });

        Assert.Contains("/rules/" + name, error.Message, StringComparison.Ordinal);
    }
}
