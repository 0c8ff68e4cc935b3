using System.Globalization;
using System.Text.RegularExpressions;
using Jint.Runtime;

namespace Panther.Rules.JavaScript.Engines;

/// <summary>Recognises the exceptions by which the engine stops a script that breached a limit.</summary>
internal static class Limits
{
    /// <summary>Says which limit an exception reports, as the end of a sentence naming the function.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="options">The limits in force.</param>
    /// <returns>For example "ran more than 1,000 statements"; <see langword="null"/> for other exceptions.</returns>
    public static string? Describe(Exception exception, JavaScriptRuleOptions options) => exception switch
    {
        StatementsCountOverflowException =>
            string.Create(CultureInfo.InvariantCulture, $"ran more than {options.MaxStatements:N0} statements"),
        RegexMatchTimeoutException => string.Create(CultureInfo.InvariantCulture,
            $"ran a regular expression longer than {options.RegexTimeout.TotalMilliseconds:N0} ms"),
        TimeoutException or ExecutionCanceledException =>
            string.Create(CultureInfo.InvariantCulture, $"ran longer than {options.Timeout.TotalMilliseconds:N0} ms"),
        MemoryLimitExceededException =>
            string.Create(CultureInfo.InvariantCulture, $"allocated more than {options.MemoryLimitBytes:N0} bytes"),
        RecursionDepthOverflowException =>
            string.Create(CultureInfo.InvariantCulture, $"recursed deeper than {options.MaxRecursionDepth:N0} calls"),
        InsufficientExecutionStackException => "ran out of stack: " + NativeRecursionGuards.NestedTooDeeply,
        _ => null,
    };
}
