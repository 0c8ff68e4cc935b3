namespace Panther.Rules.Evaluation;

/// <summary>Why a rule failed on an event.</summary>
/// <param name="Function">The rule function that failed (<c>rule</c>, <c>title</c>, ...).</param>
/// <param name="Message">What went wrong.</param>
/// <param name="ErrorType">The kind of error, such as the exception's type name.</param>
public sealed record RuleError(string Function, string Message, string ErrorType)
{
    /// <inheritdoc />
    public override string ToString() => $"{Function}: {ErrorType}: {Message}";
}
