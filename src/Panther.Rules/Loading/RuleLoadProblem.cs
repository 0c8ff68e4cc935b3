namespace Panther.Rules.Loading;

/// <summary>A spec file that did not become a rule, and why.</summary>
/// <param name="Path">The spec file.</param>
/// <param name="RuleId">The rule id, when the spec got far enough to name one.</param>
/// <param name="Message">What went wrong, naming the file.</param>
/// <param name="IsUnsupported">
/// Whether the spec is valid but its body needs a runtime that is not registered (a Python file, for example), as
/// opposed to a broken spec or body.
/// </param>
public sealed record RuleLoadProblem(string Path, string? RuleId, string Message, bool IsUnsupported);
