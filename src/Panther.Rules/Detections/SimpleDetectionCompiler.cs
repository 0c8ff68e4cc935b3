namespace Panther.Rules.Detections;

/// <summary>STUB.</summary>
public static class SimpleDetectionCompiler
{
    /// <summary>STUB.</summary>
    /// <param name="inlineFilters">x.</param>
    /// <param name="sourceName">y.</param>
    /// <returns>z.</returns>
    public static IRule? CompileFilter(object? inlineFilters, string sourceName) => null;
}
