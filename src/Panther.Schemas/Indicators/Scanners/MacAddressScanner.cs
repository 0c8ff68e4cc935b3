namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a 48-bit MAC address to <c>p_any_mac_addresses</c> as lower-case hex pairs joined by colons.
/// </summary>
/// <remarks>
/// Accepts six pairs separated by <c>:</c> or <c>-</c> (one separator throughout, as in
/// <c>00-1A-2B-3C-4D-5E</c>) and the Cisco form of three dotted groups of four (<c>001a.2b3c.4d5e</c>).
/// </remarks>
internal sealed class MacAddressScanner : IndicatorScanner
{
    private const int PairedLength = 17;
    private const int CiscoLength = 14;
    private const int DigitCount = 12;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        Span<byte> mac = stackalloc byte[PairedLength];
        if (TryNormalize(value, mac))
        {
            writer.Add(IndicatorField.MacAddresses, mac);
        }
    }

    private static bool TryNormalize(ReadOnlySpan<byte> value, Span<byte> mac)
    {
        int separatorEvery;
        byte separator;
        if (value.Length == PairedLength && value[2] is (byte)':' or (byte)'-')
        {
            separatorEvery = 3;
            separator = value[2];
        }
        else if (value.Length == CiscoLength)
        {
            separatorEvery = 5;
            separator = (byte)'.';
        }
        else
        {
            return false;
        }

        var digits = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (i % separatorEvery == separatorEvery - 1)
            {
                if (value[i] != separator)
                {
                    return false;
                }
            }
            else if (AsciiText.IsHexDigit(value[i]))
            {
                mac[(digits / 2 * 3) + (digits % 2)] = AsciiText.ToLower(value[i]);
                digits++;
            }
            else
            {
                return false;
            }
        }

        for (var colon = 2; colon < PairedLength; colon += 3)
        {
            mac[colon] = (byte)':';
        }

        return digits == DigitCount;
    }
}
