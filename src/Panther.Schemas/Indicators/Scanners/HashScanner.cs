namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value of exactly the configured number of hexadecimal digits to a hash set, lower-cased.
/// </summary>
/// <remarks>
/// Lower-casing uses a 256-byte stack buffer, so a scanner for longer hashes writes a value only when it is
/// already lower-case and skips one with upper-case digits.
/// </remarks>
internal sealed class HashScanner : IndicatorScanner
{
    private const int MaxLowerCaseLength = 256;

    private readonly int _length;
    private readonly IndicatorField _field;

    /// <summary>Creates a scanner for hashes of one length.</summary>
    /// <param name="length">The number of hex digits, such as 32 for MD5.</param>
    /// <param name="field">The set that valid hashes go to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is zero or negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public HashScanner(int length, IndicatorField field)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentNullException.ThrowIfNull(field);
        _length = length;
        _field = field;
    }

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        if (value.Length != _length || !AsciiText.IsAllHex(value))
        {
            return;
        }

        if (!AsciiText.ContainsUpper(value))
        {
            writer.Add(_field, value);
            return;
        }

        if (value.Length > MaxLowerCaseLength)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[MaxLowerCaseLength];
        var lower = buffer[..value.Length];
        AsciiText.CopyToLower(value, lower);
        writer.Add(_field, lower);
    }
}
