namespace Panther.Rules.JavaScript;

/// <summary>
/// The limits every JavaScript rule runs under. Each call of a rule function gets the full budget again; a call that
/// breaches a limit fails with a rule error and its engine is thrown away.
/// </summary>
/// <remarks>
/// The defaults suit rules that look at one event: a rule that needs more is almost always doing something a rule
/// should not. Set them through <c>AddJavaScriptRules</c>.
/// Changing an instance after a rule was loaded does not affect that rule.
/// </remarks>
public sealed class JavaScriptRuleOptions
{
    /// <summary>The default statement budget of one call, 1,000,000 statements.</summary>
    public const int DefaultMaxStatements = 1_000_000;

    /// <summary>The default memory budget of one call, 64 MiB.</summary>
    public const long DefaultMemoryLimitBytes = 64L * 1024 * 1024;

    /// <summary>The default deepest call nesting of one function, 200 calls.</summary>
    public const int DefaultMaxRecursionDepth = 200;

    /// <summary>Gets or sets how many statements one call may run (default 1,000,000).</summary>
    public int MaxStatements { get; set; } = DefaultMaxStatements;

    /// <summary>Gets or sets how long one call may run (default one second).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets or sets how many bytes one call may allocate on its thread (default 64 MiB). The engine measures what the
    /// thread allocated, not what is still alive, so short-lived garbage counts too, and so does the host's own work
    /// for the call, such as converting event fields.
    /// </summary>
    public long MemoryLimitBytes { get; set; } = DefaultMemoryLimitBytes;

    /// <summary>Gets or sets how deeply one function may call itself (default 200).</summary>
    public int MaxRecursionDepth { get; set; } = DefaultMaxRecursionDepth;

    /// <summary>Gets or sets how long one regular expression match may run (default 200 ms).</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Gets or sets how many idle engines a rule keeps for reuse (default: the number of processors). Extra engines
    /// made under a burst of parallel calls are dropped when they are returned.
    /// </summary>
    public int MaxIdleEnginesPerRule { get; set; } = Environment.ProcessorCount;

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStatements);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MemoryLimitBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRecursionDepth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxIdleEnginesPerRule);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(RegexTimeout, TimeSpan.Zero);
    }

    internal JavaScriptRuleOptions Clone() => (JavaScriptRuleOptions)MemberwiseClone();
}
