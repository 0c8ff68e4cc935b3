using Panther.Rules.Detections;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.Loading;

/// <summary>
/// Loads rules from panther-analysis style folders: every <c>.yml</c>/<c>.yaml</c> spec with
/// <c>AnalysisType: rule</c>, its body run by the first registered runtime that can load it. A broken rule is
/// reported and skipped; it never stops the others from loading.
/// </summary>
public sealed class RuleLoader
{
    private readonly IReadOnlyList<IRuleRuntime> _runtimes;

    /// <summary>Initializes a new instance of the <see cref="RuleLoader"/> class.</summary>
    /// <param name="runtimes">The runtimes, asked in order; simple detections are always available.</param>
    public RuleLoader(IEnumerable<IRuleRuntime> runtimes)
    {
        ArgumentNullException.ThrowIfNull(runtimes);
        var list = runtimes.ToList();
        if (!list.OfType<SimpleDetectionRuntime>().Any())
        {
            list.Add(new SimpleDetectionRuntime());
        }

        _runtimes = list;
    }

    /// <summary>Gets the runtimes, in the order they are asked.</summary>
    public IReadOnlyList<IRuleRuntime> Runtimes => _runtimes;

    /// <summary>Loads every rule under a folder, recursively, or from one spec file.</summary>
    /// <param name="path">A folder or a spec file.</param>
    /// <returns>The rules and the problems.</returns>
    /// <exception cref="DirectoryNotFoundException">The path does not exist.</exception>
    public RuleLoadResult LoadPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var result = new RuleLoadResult();
        IEnumerable<string> files;
        if (File.Exists(path))
        {
            files = [path];
        }
        else if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                    || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
        }
        else
        {
            throw new DirectoryNotFoundException($"{path}: no such rule folder or spec file.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            LoadFile(file, result, ids);
        }

        return result;
    }

    /// <summary>Loads the body of a spec with the first runtime that can, and compiles its inline filters.</summary>
    /// <param name="spec">The spec.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RuleLoadException">No runtime can load the spec, or the body does not load.</exception>
    public RuleDefinition Load(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var runtime = _runtimes.FirstOrDefault(candidate => candidate.CanLoad(spec))
            ?? throw new RuleLoadException(DescribeMissingRuntime(spec));
        var body = runtime.Load(spec);
        var filter = SimpleDetectionCompiler.CompileFilter(spec.InlineFilters, spec.SourcePath ?? spec.Id);
        return new RuleDefinition(spec, body) { Filter = filter, Runtime = runtime.Name };
    }

    private void LoadFile(string file, RuleLoadResult result, HashSet<string> ids)
    {
        RuleSpec? spec = null;
        try
        {
            spec = RuleSpecReader.ReadFile(file, out _);
            if (spec is null)
            {
                result.OtherAnalysisFiles++;
                return;
            }

            if (!ids.Add(spec.Id))
            {
                result.Problems.Add(new RuleLoadProblem(file, spec.Id,
                    $"{file}: rule id {spec.Id} is already used by another spec; this one is skipped.", false));
                return;
            }

            if (!_runtimes.Any(candidate => candidate.CanLoad(spec)))
            {
                result.Problems.Add(new RuleLoadProblem(file, spec.Id, DescribeMissingRuntime(spec), true));
                return;
            }

            result.Rules.Add(Load(spec));
        }
        catch (RuleLoadException ex)
        {
            result.Problems.Add(new RuleLoadProblem(file, spec?.Id, ex.Message, false));
        }
    }

    private string DescribeMissingRuntime(RuleSpec spec)
    {
        var names = string.Join(", ", _runtimes.Select(runtime => runtime.Name));
        var body = spec.Filename is { } name ? $"its body {name}" : "its body";
        return $"{spec.SourcePath ?? spec.Id}: rule {spec.Id}: no registered runtime ({names}) loads {body}.";
    }
}
