namespace Panther.Rules.Runtimes;

/// <summary>A rule spec or body could not be loaded; the message names the file and the problem.</summary>
public sealed class RuleLoadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleLoadException"/> class.</summary>
    public RuleLoadException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLoadException"/> class.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    public RuleLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleLoadException"/> class.</summary>
    /// <param name="message">What went wrong, naming the file.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
