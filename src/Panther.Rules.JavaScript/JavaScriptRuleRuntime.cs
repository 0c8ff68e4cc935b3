using Acornima;
using Jint;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;

namespace Panther.Rules.JavaScript;

/// <summary>
/// Loads rule bodies written in JavaScript (<c>.js</c> files) and runs them sandboxed: strict mode, no access to
/// .NET, no <c>eval</c>, and limits on statements, time, memory, recursion and regular expressions.
/// </summary>
/// <remarks>
/// A script defines a <c>rule(event)</c> function and, optionally, <c>title</c>, <c>dedup</c>, <c>severity</c>,
/// <c>alert_context</c>, <c>description</c>, <c>runbook</c>, <c>reference</c> and <c>destinations</c>. See
/// <c>docs/rules-javascript.md</c> for the rules of the game. The runtime is thread-safe.
/// </remarks>
public sealed class JavaScriptRuleRuntime : IRuleRuntime
{
    private readonly JavaScriptRuleOptions _options;

    /// <summary>
    /// Initializes a new instance of the <see cref="JavaScriptRuleRuntime"/> class with the default limits.
    /// </summary>
    public JavaScriptRuleRuntime()
        : this(new JavaScriptRuleOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JavaScriptRuleRuntime"/> class.</summary>
    /// <param name="options">The limits; copied, so later changes do not apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public JavaScriptRuleRuntime(JavaScriptRuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Clone();
    }

    /// <summary>Gets the runtime's name, <c>javascript</c>.</summary>
    public string Name => "javascript";

    /// <summary>Decides whether the spec's body is a JavaScript file: its path ends with <c>.js</c>, any case.
    /// </summary>
    /// <param name="spec">The spec.</param>
    /// <returns><see langword="true"/> for a <c>.js</c> body.</returns>
    public bool CanLoad(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.BodyPath?.EndsWith(".js", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>Reads, parses and runs the spec's body file once, and checks that it defines <c>rule</c>.</summary>
    /// <param name="spec">The spec; its <see cref="RuleSpec.BodyPath"/> names the script.</param>
    /// <returns>A <see cref="JavaScriptRule"/>.</returns>
    /// <exception cref="RuleLoadException">
    /// The file is missing or unreadable, has a syntax error (the message names the line and column), fails while
    /// its top level runs, or does not define a <c>rule</c> function.
    /// </exception>
    public IRule Load(RuleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var path = spec.BodyPath ?? throw new RuleLoadException($"Rule {spec.Id} names no JavaScript file.");
        if (Directory.Exists(path))
        {
            throw new RuleLoadException($"JavaScript rule file {path} is a folder, not a file.");
        }

        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException($"Cannot read JavaScript rule file {path}: {ex.Message}", ex);
        }

        return LoadSource(source, path);
    }

    /// <summary>Prepares a rule from script text, naming <paramref name="path"/> in every message.</summary>
    /// <param name="source">The script.</param>
    /// <param name="path">The file the script came from, for messages.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="RuleLoadException">
    /// The script does not parse, fails at its top level or has no rule function.
    /// </exception>
    public JavaScriptRule LoadSource(string source, string path)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(path);
        Prepared<Acornima.Ast.Script> script;
        try
        {
            script = Engine.PrepareScript(source, path, strict: true);
        }
        catch (ScriptPreparationException ex) when (ex.InnerException is ParseErrorException syntax)
        {
            throw SyntaxError(path, syntax.LineNumber, syntax.Column, syntax.Description, ex);
        }
        catch (ParseErrorException ex)
        {
            throw SyntaxError(path, ex.LineNumber, ex.Column, ex.Description, ex);
        }
        catch (ScriptPreparationException ex)
        {
            throw new RuleLoadException($"Cannot prepare {path}: {ex.Message}", ex);
        }

        return new JavaScriptRule(path, script, _options);
    }

    private static RuleLoadException SyntaxError(string path, int line, int column, string? problem, Exception ex) =>
        new($"Syntax error in {path} at line {line}, column {column}: {problem}", ex);
}
