namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value to <c>p_any_ip_addresses</c> when it is an IPv4 or IPv6 literal: IPv4 as given, IPv6 in its
/// canonical form (<see cref="Ipv6Text"/>). See <see cref="IpAddressSyntax"/> for exactly what counts as valid.
/// </summary>
internal sealed class IpScanner : IndicatorScanner
{
    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer) =>
        TryWrite(AsciiText.Trim(utf8Value), writer);

    /// <summary>Writes the value when it is a valid IP address.</summary>
    /// <param name="value">The value, already trimmed.</param>
    /// <param name="writer">Where the address goes.</param>
    /// <returns><see langword="true"/> when the value was an address and was written.</returns>
    internal static bool TryWrite(ReadOnlySpan<byte> value, IIndicatorWriter writer)
    {
        if (!IpAddressSyntax.IsValid(value))
        {
            return false;
        }

        if (!value.Contains((byte)':'))
        {
            writer.Add(IndicatorField.IpAddresses, value);
            return true;
        }

        Span<byte> canonical = stackalloc byte[Ipv6Text.MaxLength + 64];
        if (value.Length > Ipv6Text.MaxLength + 64 - Ipv6Text.MaxLength
            || !Ipv6Text.TryFormatCanonical(value, canonical, out var written))
        {
            writer.Add(IndicatorField.IpAddresses, value);
            return true;
        }

        writer.Add(IndicatorField.IpAddresses, canonical[..written]);
        return true;
    }
}
