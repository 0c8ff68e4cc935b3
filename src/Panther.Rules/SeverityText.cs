namespace Panther.Rules;

/// <summary>Reads and writes severity names the way rule specs and rule functions spell them.</summary>
public static class SeverityText
{
    /// <summary>Reads a severity name in any case (<c>HIGH</c>, <c>High</c>, <c>high</c>).</summary>
    /// <param name="text">The name.</param>
    /// <param name="severity">The severity, when the name is known.</param>
    /// <returns><see langword="true"/> when the name is one of the five levels.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Severity severity)
    {
        text = text.Trim();
        foreach (var candidate in Enum.GetValues<Severity>())
        {
            if (text.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }

        severity = default;
        return false;
    }

    /// <summary>Gets the upper-case name of a severity, as alerts carry it (<c>HIGH</c>).</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The name.</returns>
    public static string ToUpperName(Severity severity) => severity switch
    {
        Severity.Info => "INFO",
        Severity.Low => "LOW",
        Severity.Medium => "MEDIUM",
        Severity.High => "HIGH",
        Severity.Critical => "CRITICAL",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
