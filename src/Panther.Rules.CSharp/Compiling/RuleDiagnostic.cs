using System.Globalization;

namespace Panther.Rules.CSharp.Compiling;

/// <summary>One compile error in a rule file, at a 1-based line and column.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
/// <param name="Id">The compiler's id, such as <c>CS1002</c>.</param>
/// <param name="Message">The compiler's message.</param>
internal sealed record RuleDiagnostic(int Line, int Column, string Id, string Message)
{
    /// <summary>Formats the error the way the compiler does on the command line.</summary>
    /// <param name="path">The rule file.</param>
    /// <returns>The text.</returns>
    public string Format(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}({Line},{Column}): error {Id}: {Message}");
}
