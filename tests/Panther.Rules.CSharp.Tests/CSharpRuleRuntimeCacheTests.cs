namespace Panther.Rules.CSharp.Tests;

public sealed class CSharpRuleRuntimeCacheTests : IDisposable
{
    private const string Source = "public sealed class Cached : IRule { public bool Matches(RuleEvent evt) => true; }";

    private readonly RuleFolder _folder = new();
    private readonly CSharpRuleRuntime _runtime = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Loading_the_same_file_twice_compiles_once()
    {
        var spec = _folder.Write("cached.cs", Source);

        var first = _runtime.Load(spec);
        var second = _runtime.Load(spec);

        Assert.Equal(1, _runtime.CompileCount);
        Assert.NotSame(first, second);
        Assert.Same(first.GetType(), second.GetType());
    }

    [Fact]
    public void Copy_of_a_file_under_another_name_shares_the_compiled_assembly()
    {
        var first = _runtime.Load(_folder.Write("one.cs", Source));
        var second = _runtime.Load(_folder.Write("two.cs", Source));

        Assert.Equal(1, _runtime.CompileCount);
        Assert.Same(first.GetType(), second.GetType());
    }

    [Fact]
    public void Edited_file_is_compiled_again()
    {
        var spec = _folder.Write("edited.cs", Source);
        var before = _runtime.Load(spec);

        _folder.Write("edited.cs", Source.Replace("=> true", "=> false", StringComparison.Ordinal));
        var after = _runtime.Load(spec);

        Assert.Equal(2, _runtime.CompileCount);
        Assert.Equal(2, _runtime.CachedSourceCount);
        Assert.NotSame(before.GetType(), after.GetType());
    }

    [Fact]
    public void Failed_compile_is_cached_and_still_names_each_file()
    {
        const string broken = "public sealed class Broken : IRule {";
        var first = _folder.Write("first.cs", broken);
        var second = _folder.Write("second.cs", broken);

        var firstError = Assert.Throws<Runtimes.RuleLoadException>(() => _runtime.Load(first));
        var secondError = Assert.Throws<Runtimes.RuleLoadException>(() => _runtime.Load(second));

        Assert.Equal(1, _runtime.CompileCount);
        Assert.Contains(first.BodyPath!, firstError.Message, StringComparison.Ordinal);
        Assert.Contains(second.BodyPath!, secondError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(first.BodyPath!, secondError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concurrent_loads_of_one_file_compile_once()
    {
        var spec = _folder.Write("concurrent.cs", Source);

        var types = new Type[8];
        Parallel.For(0, types.Length, i => types[i] = _runtime.Load(spec).GetType());

        Assert.Equal(1, _runtime.CompileCount);
        Assert.All(types, type => Assert.Same(types[0], type));
    }

    [Fact]
    public void Cleared_cache_compiles_again_and_old_rules_keep_working()
    {
        var spec = _folder.Write("cleared.cs", Source);
        var old = _runtime.Load(spec);

        _runtime.ClearCache();
        var fresh = _runtime.Load(spec);

        Assert.Equal(2, _runtime.CompileCount);
        Assert.NotSame(old.GetType(), fresh.GetType());
        Assert.True(old.Matches(RuleEvent.FromJson("{}")));
    }
}
