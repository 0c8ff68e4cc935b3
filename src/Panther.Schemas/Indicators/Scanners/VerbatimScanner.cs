using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes any non-empty value, trimmed but otherwise as given, to one indicator set. Used for usernames and
/// trace ids, which have no syntax of their own.
/// </summary>
internal sealed class VerbatimScanner : IndicatorScanner
{
    private readonly IndicatorField _field;

    /// <summary>Creates a scanner that writes to one set.</summary>
    /// <param name="field">The set that values go to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public VerbatimScanner(IndicatorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _field = field;
    }

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        if (!value.IsEmpty && Utf8.IsValid(value))
        {
            writer.Add(_field, value);
        }
    }
}
