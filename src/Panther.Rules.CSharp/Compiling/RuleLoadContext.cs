using System.Reflection;
using System.Runtime.Loader;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>
/// A collectible load context for one compiled rule file. Every dependency, Panther.Rules included, resolves in the
/// context that loaded this runtime, so the rule's <see cref="IRule"/> is the host's <see cref="IRule"/>.
/// </summary>
internal sealed class RuleLoadContext : AssemblyLoadContext
{
    private readonly AssemblyLoadContext _host;

    /// <summary>Initializes a new instance of the <see cref="RuleLoadContext"/> class.</summary>
    /// <param name="name">The context's name, for diagnostics.</param>
    public RuleLoadContext(string name)
        : base(name, isCollectible: true)
    {
        _host = GetLoadContext(typeof(RuleLoadContext).Assembly) ?? Default;
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName) => _host.LoadFromAssemblyName(assemblyName);
}
