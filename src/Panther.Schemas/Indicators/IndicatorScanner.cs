namespace Panther.Schemas.Indicators;

/// <summary>
/// Validates a field value and writes what it finds to one or more indicator sets.
/// Derive from it to add an indicator kind of your own and register it with <see cref="IndicatorKind.Define"/>.
/// </summary>
/// <remarks>
/// Scanners run on the hot path for every event: they must not allocate, must not throw for any input, and
/// must write nothing for a value that is not valid for their kind.
/// </remarks>
public abstract class IndicatorScanner
{
    /// <summary>Scans one value.</summary>
    /// <param name="utf8Value">The value as unescaped UTF-8, possibly with surrounding white space.</param>
    /// <param name="writer">Where valid indicators go.</param>
    public abstract void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer);
}
