namespace Panther.Rules.Runtimes;

/// <summary>
/// A rule function misbehaved in a way the runtime detected: it returned the wrong type, ran past a limit or is
/// missing. The rule engine turns it into a rule error, like any other exception from a rule.
/// </summary>
public sealed class RuleFunctionException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleFunctionException"/> class.</summary>
    public RuleFunctionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleFunctionException"/> class.</summary>
    /// <param name="message">What the function did wrong.</param>
    public RuleFunctionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleFunctionException"/> class.</summary>
    /// <param name="message">What the function did wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleFunctionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
