namespace Panther.Schemas.Indicators;

/// <summary>
/// Receives indicator values found by an <see cref="IndicatorScanner"/>. The parser implements it over pooled
/// buffers, so scanners hand over spans and never allocate strings.
/// </summary>
public interface IIndicatorWriter
{
    /// <summary>Adds a value to an indicator set. Empty values are ignored; duplicates are removed later.</summary>
    /// <param name="field">The set to add to.</param>
    /// <param name="utf8Value">The value as UTF-8; the writer copies it before returning.</param>
    void Add(IndicatorField field, ReadOnlySpan<byte> utf8Value);
}
