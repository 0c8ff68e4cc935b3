using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>
/// Compiles one rule source with Roslyn into an assembly in its own collectible load context, and finds the rule
/// class in it.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>The most compile errors listed in a message; the rest are counted.</summary>
    public const int MaxListedErrors = 10;

    private const string GlobalUsingsSource = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text.Json.Nodes;
        global using Panther.Parsing.Events;
        global using Panther.Rules;
        """;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        SourceText.From(GlobalUsingsSource, Encoding.UTF8), ParseOptions, "PantherRuleUsings.g.cs");

    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable);

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    /// <summary>Compiles a rule source and loads it.</summary>
    /// <param name="path">The rule file, recorded in the debug symbols for stack traces.</param>
    /// <param name="source">The source text.</param>
    /// <param name="hash">The hex hash of the source, used to name the assembly.</param>
    /// <returns>The rule class, or why there is none.</returns>
    public static CompiledRuleFile Compile(string path, string source, string hash)
    {
        if (RuleReferences.Problem is { } problem)
        {
            return CompiledRuleFile.Rejected("cannot be compiled: " + problem);
        }

        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), ParseOptions, path);
        var name = "Panther.Rule." + hash[..16];
        var compilation = CSharpCompilation.Create(name, [GlobalUsings, tree], RuleReferences.All, CompilationOptions);

        using var image = new MemoryStream();
        using var symbols = new MemoryStream();
        var result = compilation.Emit(image, symbols, options: EmitOptions);
        if (!result.Success)
        {
            return Failed(result.Diagnostics);
        }

        image.Position = 0;
        symbols.Position = 0;
        var context = new RuleLoadContext(name);
        var assembly = context.LoadFromStream(image, symbols);
        return RuleClassFinder.Find(assembly, context);
    }

    private static CompiledRuleFile Failed(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(ToRuleDiagnostic)
            .OrderBy(error => error.Line)
            .ThenBy(error => error.Column)
            .ToList();
        return CompiledRuleFile.CompileFailed([.. errors.Take(MaxListedErrors)], errors.Count);
    }

    private static RuleDiagnostic ToRuleDiagnostic(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetMappedLineSpan().StartLinePosition;
        return new RuleDiagnostic(
            start.Line + 1,
            start.Character + 1,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
