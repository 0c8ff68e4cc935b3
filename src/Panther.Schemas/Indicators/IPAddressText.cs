using System.Buffers;
using System.Text;
using Panther.Schemas.Indicators.Scanners;

namespace Panther.Schemas.Indicators;

/// <summary>
/// Reads an IPv4 or IPv6 address literal from text into its numeric value without allocating. Use it on hot paths
/// in place of <see cref="System.Net.IPAddress.TryParse(ReadOnlySpan{char}, out System.Net.IPAddress?)"/>, which
/// allocates an object for every IPv6 address.
/// </summary>
/// <remarks>
/// <para>
/// Both methods accept the literals that <see cref="System.Net.IPAddress.TryParse(ReadOnlySpan{char},
/// out System.Net.IPAddress?)"/> accepts in their ordinary written form, and give the same value. IPv4 is a dotted
/// quad of four decimal parts from 0 to 255. IPv6 is eight hex groups of up to four digits in either case, or
/// fewer with one <c>::</c> (<c>::</c> alone is the unspecified address), and may end with a dotted quad
/// (<c>::ffff:192.0.2.1</c>).
/// </para>
/// <para>
/// IPv6 may carry a zone made of ASCII letters, digits, <c>-</c>, <c>.</c> and <c>_</c> (<c>fe80::1%eth0</c>); the
/// zone is checked and then ignored, so the value is the address alone. These forms, which
/// <see cref="System.Net.IPAddress"/> also accepts, are rejected: IPv4 with fewer than four parts, hex or octal
/// parts, or a leading zero (<c>010.0.0.1</c>, which tools read differently); an embedded dotted quad with a
/// leading zero; brackets and ports (<c>[::1]:80</c>); an empty zone or one with other characters; white space
/// around the address; text longer than <see cref="MaxLength"/> characters.
/// </para>
/// </remarks>
public static class IPAddressText
{
    /// <summary>The longest text read: a full IPv6 address with an embedded IPv4 address is 45 characters,
    /// which leaves 82 for a zone.</summary>
    public const int MaxLength = 128;

    /// <summary>Reads a dotted-quad IPv4 address.</summary>
    /// <param name="text">The whole text to read; nothing may come before or after the address.</param>
    /// <param name="address">The address with its first part in the most significant byte, so <c>10.0.0.1</c>
    /// is <c>0x0A000001</c>; zero when the text is not an IPv4 address.</param>
    /// <returns><see langword="true"/> when the whole text is an IPv4 address.</returns>
    public static bool TryParseIPv4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        Span<byte> utf8 = stackalloc byte[MaxLength];
        if (!TryTranscode(text, utf8, out var length) || !IpAddressSyntax.IsValidIpv4(utf8[..length]))
        {
            return false;
        }

        var part = 0u;
        foreach (var b in utf8[..length])
        {
            if (b == '.')
            {
                address = (address << 8) | part;
                part = 0;
            }
            else
            {
                part = (part * 10) + (uint)(b - '0');
            }
        }

        address = (address << 8) | part;
        return true;
    }

    /// <summary>Reads an IPv6 address, with or without a zone.</summary>
    /// <param name="text">The whole text to read; nothing may come before or after the address.</param>
    /// <param name="address">The 128-bit address with its first group in the most significant bits, so
    /// <c>2001:db8::1</c> is <c>0x2001_0db8_0000_0000_0000_0000_0000_0001</c>; zero when the text is not an IPv6
    /// address.</param>
    /// <returns><see langword="true"/> when the whole text is an IPv6 address.</returns>
    public static bool TryParseIPv6(ReadOnlySpan<char> text, out UInt128 address)
    {
        address = UInt128.Zero;
        Span<byte> utf8 = stackalloc byte[MaxLength];
        if (!TryTranscode(text, utf8, out var length) || !IpAddressSyntax.IsValidIpv6(utf8[..length]))
        {
            return false;
        }

        var percent = utf8[..length].IndexOf((byte)'%');
        Span<ushort> groups = stackalloc ushort[8];
        if (!Ipv6Text.TryReadGroups(utf8[..(percent < 0 ? length : percent)], groups, out _))
        {
            return false;
        }

        foreach (var group in groups)
        {
            address = (address << 16) | group;
        }

        return true;
    }

    private static bool TryTranscode(ReadOnlySpan<char> text, Span<byte> utf8, out int length)
    {
        length = 0;
        return text.Length <= utf8.Length && Ascii.FromUtf16(text, utf8, out length) == OperationStatus.Done;
    }
}
