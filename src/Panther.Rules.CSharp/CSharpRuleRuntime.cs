using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Panther.Rules.CSharp.Compiling;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.CSharp;

/// <summary>
/// Loads rule bodies written as C# files (<c>Filename: my_rule.cs</c> beside the YAML spec): compiles each with
/// Roslyn and returns a new instance of its one rule class. Register it with
/// <c>services.AddCSharpRuleFiles()</c>, or create one and keep it for the life of the host.
/// </summary>
/// <remarks>
/// <para>
/// A rule file is ordinary C# that runs with the full trust of the host process: it can read files, open sockets
/// and start processes. Only load rule folders you trust; JavaScript rule files are the sandboxed option.
/// </para>
/// <para>
/// Compiled assemblies are cached by a hash of the source text, so a file loaded again (or a copy of it) compiles
/// once. The first compile in a process is slow (Roslyn itself has to be loaded and jitted); later ones are quick.
/// Each compiled file lives in its own collectible load context, released by <see cref="ClearCache"/>.
/// The cache does not evict on its own: a host that reloads edited rules for a long time should call
/// <see cref="ClearCache"/> after each reload. All members are thread-safe.
/// </para>
/// <para>
/// There is no time limit on a rule's functions: a rule that loops forever blocks its pipeline.
/// </para>
/// </remarks>
public sealed class CSharpRuleRuntime : IRuleRuntime
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledRuleFile>> _cache = new(StringComparer.Ordinal);
    private int _compileCount;

    /// <summary>Gets the runtime's name, <c>csharp</c>.</summary>
    public string Name => "csharp";

    /// <summary>Gets how many distinct sources are cached, compiled or failed.</summary>
    public int CachedSourceCount => _cache.Count;

    /// <summary>Gets how many times this runtime has run the compiler.</summary>
    internal int CompileCount => Volatile.Read(ref _compileCount);

    /// <summary>Decides whether the spec's body is a C# file (its body path ends with <c>.cs</c>).</summary>
    /// <param name="spec">The spec.</param>
    /// <returns><see langword="true"/> for a C# body file.</returns>
    public bool CanLoad(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.BodyPath?.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>Compiles the spec's C# body file, or takes it from the cache, and creates its rule.</summary>
    /// <param name="spec">The spec; its <see cref="RuleSpec.BodyPath"/> names the file.</param>
    /// <returns>A new instance of the file's rule class.</returns>
    /// <exception cref="RuleLoadException">
    /// The file is missing or unreadable, does not compile, defines no rule class or more than one, or the rule's
    /// constructor threw. The message names the file.
    /// </exception>
    public IRule Load(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var path = spec.BodyPath
            ?? throw new RuleLoadException($"Rule {spec.Id} names no body file, or its spec has no source path.");

        var source = ReadSource(path);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
        var compiled = _cache.GetOrAdd(
            hash,
            static (key, state) => new Lazy<CompiledRuleFile>(
                () => state.Runtime.Compile(state.Path, state.Source, key),
                LazyThreadSafetyMode.ExecutionAndPublication),
            (Runtime: this, Path: path, Source: source));

        return compiled.Value.CreateRule(path);
    }

    /// <summary>
    /// Forgets every compiled rule file and starts unloading their assemblies. An assembly goes away once no rule
    /// created from it is referenced any more; rules already loaded keep working. Call it when no load is running.
    /// </summary>
    public void ClearCache()
    {
        foreach (var key in _cache.Keys)
        {
            if (_cache.TryRemove(key, out var entry) && entry.IsValueCreated)
            {
                entry.Value.Context?.Unload();
            }
        }
    }

    private static string ReadSource(string path)
    {
        if (Directory.Exists(path))
        {
            throw new RuleLoadException($"C# rule file '{path}' is a folder, not a file.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new RuleLoadException($"C# rule file '{path}' was not found.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException($"C# rule file '{path}' could not be read: {ex.Message}", ex);
        }
    }

    private CompiledRuleFile Compile(string path, string source, string hash)
    {
        Interlocked.Increment(ref _compileCount);
        return RuleCompiler.Compile(path, source, hash);
    }
}
