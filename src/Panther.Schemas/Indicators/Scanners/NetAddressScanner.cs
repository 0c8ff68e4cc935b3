namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Scans the host of a network address such as <c>10.0.0.1:443</c>, <c>example.com:80</c> or
/// <c>[::1]:8080</c> as a hostname. A value without a port is scanned as a hostname as a whole.
/// </summary>
/// <remarks>
/// A value with two or more colons and no brackets is an IPv6 address without a port, never split. A port must
/// be decimal, from 0 to 65535; a value with any other port writes nothing.
/// </remarks>
internal sealed class NetAddressScanner : IndicatorScanner
{
    private const int MaxPortDigits = 5;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        if (value.IsEmpty)
        {
            return;
        }

        if (value[0] == '[')
        {
            ScanBracketed(value, writer);
            return;
        }

        var colon = value.IndexOf((byte)':');
        if (colon >= 0 && colon == value.LastIndexOf((byte)':'))
        {
            if (!IsPort(value[(colon + 1)..]))
            {
                return;
            }

            value = value[..colon];
        }

        HostnameScanner.ScanHost(value, writer);
    }

    private static void ScanBracketed(ReadOnlySpan<byte> value, IIndicatorWriter writer)
    {
        var close = value.IndexOf((byte)']');
        if (close < 0)
        {
            return;
        }

        var rest = value[(close + 1)..];
        if (!rest.IsEmpty && (rest[0] != ':' || !IsPort(rest[1..])))
        {
            return;
        }

        HostnameScanner.ScanHost(value[1..close], writer);
    }

    private static bool IsPort(ReadOnlySpan<byte> port)
    {
        if (port.Length > MaxPortDigits || !AsciiText.IsAllDigits(port))
        {
            return false;
        }

        var value = 0;
        foreach (var digit in port)
        {
            value = (value * 10) + (digit - '0');
        }

        return value <= ushort.MaxValue;
    }
}
