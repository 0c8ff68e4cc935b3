using System.Reflection;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>
/// Finds the rule in a compiled rule file: exactly one public, non-abstract, non-generic class that implements
/// <see cref="IRule"/> and has a public parameterless constructor. Abstract base classes and helpers may sit beside
/// it.
/// </summary>
internal static class RuleClassFinder
{
    /// <summary>Finds the rule class.</summary>
    /// <param name="assembly">The compiled assembly.</param>
    /// <param name="context">The context holding it.</param>
    /// <returns>The rule class, or why there is not exactly one.</returns>
    public static CompiledRuleFile Find(Assembly assembly, RuleLoadContext context)
    {
        var implementations = assembly.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsAbstract && !type.ContainsGenericParameters
                && typeof(IRule).IsAssignableFrom(type))
            .ToList();
        var rules = implementations.Where(type => type.GetConstructor(Type.EmptyTypes) is not null).ToList();

        if (rules.Count == 1)
        {
            return CompiledRuleFile.Succeeded(rules[0], context);
        }

        if (rules.Count > 1)
        {
            var names = string.Join(", ", rules.Select(type => type.FullName));
            return CompiledRuleFile.Rejected(
                $"defines {rules.Count} rule classes ({names}); a rule file must define exactly one", context);
        }

        var hint = implementations.Count == 0
            ? ""
            : $" ({string.Join(", ", implementations.Select(type => type.FullName))} "
                + "has no public parameterless constructor)";
        return CompiledRuleFile.Rejected(
            $"defines no public class implementing Panther.Rules.IRule with a public parameterless constructor{hint}",
            context);
    }
}
