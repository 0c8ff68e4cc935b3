using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Panther.Parsing.Events;
using Panther.Schemas;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>
/// The assemblies a rule file compiles against: the platform assemblies of the running app, plus Panther.Rules,
/// Panther.Parsing and Panther.Schemas. Collected once per process.
/// </summary>
/// <remarks>
/// Single-file published hosts have no assembly files to point Roslyn at, so C# rule files cannot be compiled there;
/// <see cref="Problem"/> says so.
/// </remarks>
internal static class RuleReferences
{
    private static readonly Lazy<(ImmutableArray<MetadataReference> References, string? Problem)> Collected =
        new(Collect);

    /// <summary>Gets the references, empty when <see cref="Problem"/> is set.</summary>
    public static ImmutableArray<MetadataReference> All => Collected.Value.References;

    /// <summary>Gets why the references could not be collected, or null when they were.</summary>
    public static string? Problem => Collected.Value.Problem;

    private static (ImmutableArray<MetadataReference>, string?) Collect()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
        Type[] panther = [typeof(IRule), typeof(EventValue), typeof(StandardFields)];
        if (string.IsNullOrEmpty(runtimeDirectory) || panther.Any(type => type.Assembly.Location.Length == 0))
        {
            return ([], "the host has no assembly files to compile against (is it published as a single file?)");
        }

        var trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        var paths = trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => IsPlatformAssembly(path, runtimeDirectory))
            .Concat(panther.Select(type => type.Assembly.Location))
            .Distinct(StringComparer.Ordinal);

        var references = paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return ([.. references], null);
    }

    /// <summary>
    /// Keeps the framework's own assemblies: those beside <c>System.Private.CoreLib</c> whose names belong to the
    /// platform. The name check matters for self-contained apps, whose runtime directory holds every dependency.
    /// </summary>
    private static bool IsPlatformAssembly(string path, string runtimeDirectory)
    {
        if (!string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
        {
            return false;
        }

        var name = Path.GetFileNameWithoutExtension(path);
        return name is "mscorlib" or "netstandard" or "System" or "Microsoft.CSharp"
            || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);
    }
}
