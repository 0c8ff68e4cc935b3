namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value as an IP address when it is one, and otherwise as a domain name when it looks like one.
/// </summary>
internal sealed class HostnameScanner : IndicatorScanner
{
    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer) =>
        ScanHost(AsciiText.Trim(utf8Value), writer);

    /// <summary>Writes a host taken from a larger value, such as a URL, as an IP address or a domain name.</summary>
    /// <param name="host">The host, already trimmed and without brackets or port.</param>
    /// <param name="writer">Where the host goes.</param>
    internal static void ScanHost(ReadOnlySpan<byte> host, IIndicatorWriter writer)
    {
        if (!IpScanner.TryWrite(host, writer))
        {
            DomainScanner.TryWrite(host, writer);
        }
    }
}
