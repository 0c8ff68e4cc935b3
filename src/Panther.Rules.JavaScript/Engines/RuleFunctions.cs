namespace Panther.Rules.JavaScript.Engines;

/// <summary>The JavaScript names of the <see cref="RuleFunction"/> values.</summary>
internal static class RuleFunctions
{
    public static readonly string[] Names =
    [
        "rule", "title", "dedup", "severity", "alert_context", "description", "runbook", "reference", "destinations",
    ];

    /// <summary>
    /// Looks the functions up by name as the script sees them, so <c>const rule = (event) =&gt; ...</c> counts as well
    /// as a function declaration; gives an array with a function or <c>undefined</c> for each name.
    /// </summary>
    public static readonly Jint.Prepared<Acornima.Ast.Script> Lookup = Jint.Engine.PrepareScript(
        "[" + string.Join(", ", Names.Select(name => $"typeof {name} === 'function' ? {name} : undefined")) + "]",
        "panther-functions.js",
        strict: true);

    public static int Count => Names.Length;

    public static string NameOf(RuleFunction function) => Names[(int)function];
}
