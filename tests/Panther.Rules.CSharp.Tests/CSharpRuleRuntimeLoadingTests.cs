using Panther.Rules.Runtimes;

namespace Panther.Rules.CSharp.Tests;

public sealed class CSharpRuleRuntimeLoadingTests : IDisposable
{
    private readonly RuleFolder _folder = new();
    private readonly CSharpRuleRuntime _runtime = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("rule.cs", true)]
    [InlineData("RULE.CS", true)]
    [InlineData("rule.js", false)]
    [InlineData("rule.csx", false)]
    public void Runtime_loads_only_bodies_with_the_cs_extension(string fileName, bool expected)
    {
        Assert.Equal(expected, _runtime.CanLoad(_folder.Spec(fileName)));
    }

    [Fact]
    public void Runtime_is_named_csharp_and_skips_specs_without_a_body_file()
    {
        Assert.Equal("csharp", _runtime.Name);
        Assert.False(_runtime.CanLoad(new Specs.RuleSpec { Id = "Inline.Rule" }));
    }

    [Fact]
    public void Missing_file_is_reported_with_its_path()
    {
        var spec = _folder.Spec("missing.cs");

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_error_message_names_the_file_line_column_and_id()
    {
        var spec = _folder.Write("broken.cs", """
            public sealed class Broken : IRule
            {
                public bool Matches(RuleEvent evt) => evt["a"].Exists
            }
            """);

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains($"{spec.BodyPath}(3,58): error CS1002: ; expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_errors_past_the_tenth_are_counted_not_listed()
    {
        var lines = Enumerable.Range(0, 13).Select(i => $"    public int F{i} => undefined{i};");
        var source = "public sealed class Many : IRule\n{\n" + string.Join('\n', lines)
            + "\n    public bool Matches(RuleEvent evt) => true;\n}\n";
        var spec = _folder.Write("many.cs", source);

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Equal(Compiling.RuleCompiler.MaxListedErrors, CountOccurrences(error.Message, ": error CS0103:"));
        Assert.Contains("(3,", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("undefined10", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("and 3 more errors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_a_rule_class_is_rejected()
    {
        var spec = _folder.Write("empty.cs", "public static class Helpers { public static int One => 1; }");

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, error.Message, StringComparison.Ordinal);
        Assert.Contains("defines no public class implementing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_class_without_a_parameterless_constructor_is_named_in_the_message()
    {
        var spec = _folder.Write("ctor.cs", """
            public sealed class NeedsName(string name) : IRule
            {
                public bool Matches(RuleEvent evt) => evt["n"].ValueEquals(name);
            }
            """);

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains("NeedsName has no public parameterless constructor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_with_two_rule_classes_is_rejected_naming_both()
    {
        var spec = _folder.Write("two.cs", """
            public sealed class First : IRule { public bool Matches(RuleEvent evt) => true; }
            public sealed class Second : IRule { public bool Matches(RuleEvent evt) => false; }
            """);

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, error.Message, StringComparison.Ordinal);
        Assert.Contains("defines 2 rule classes (First, Second)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_that_throws_is_reported_with_the_file_and_the_cause()
    {
        var spec = _folder.Write("ctor_throws.cs", """
            public sealed class Fragile : IRule
            {
                public Fragile() => throw new InvalidOperationException("lookup table missing");

                public bool Matches(RuleEvent evt) => true;
            }
            """);

        var error = Assert.Throws<RuleLoadException>(() => _runtime.Load(spec));

        Assert.Contains(spec.BodyPath!, error.Message, StringComparison.Ordinal);
        Assert.Contains("lookup table missing", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    private static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0;
            at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
