using System.Net;
using System.Net.Sockets;

namespace Panther.Rules.Detections;

/// <summary>
/// Reads IP addresses from event text and classifies them. IPv4 is read without allocating; IPv6 goes through
/// <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>, which allocates the address.
/// </summary>
internal static class IpAddressText
{
    // Special-purpose IPv4 blocks treated as private (IANA registry): this network, RFC 1918, loopback,
    // link-local, IETF protocol assignments, documentation, benchmarking, reserved and broadcast.
    private static readonly (uint Network, uint Mask)[] PrivateV4 =
    [
        Block(0, 0, 0, 0, 8), Block(10, 0, 0, 0, 8), Block(127, 0, 0, 0, 8), Block(169, 254, 0, 0, 16),
        Block(172, 16, 0, 0, 12), Block(192, 0, 0, 0, 29), Block(192, 0, 0, 170, 31), Block(192, 0, 2, 0, 24),
        Block(192, 168, 0, 0, 16), Block(198, 18, 0, 0, 15), Block(198, 51, 100, 0, 24), Block(203, 0, 113, 0, 24),
        Block(240, 0, 0, 0, 4), Block(255, 255, 255, 255, 32),
    ];

    private static readonly (uint Network, uint Mask) SharedV4 = Block(100, 64, 0, 0, 10);

    /// <summary>Reads a dotted-quad IPv4 address: four decimal parts of 0 to 255, no leading zeros.</summary>
    public static bool TryParseV4(ReadOnlySpan<char> text, out uint address)
    {
        address = 0;
        var parts = 0;
        var position = 0;
        while (parts < 4)
        {
            var start = position;
            var part = 0;
            while (position < text.Length && char.IsAsciiDigit(text[position]) && position - start < 3)
            {
                part = (part * 10) + (text[position] - '0');
                position++;
            }

            var digits = position - start;
            if (digits == 0 || part > 255 || (digits > 1 && text[start] == '0'))
            {
                return false;
            }

            address = (address << 8) | (uint)part;
            parts++;
            if (parts < 4)
            {
                if (position >= text.Length || text[position] != '.')
                {
                    return false;
                }

                position++;
            }
        }

        return position == text.Length;
    }

    /// <summary>Reads an IPv6 address; allocates.</summary>
    public static bool TryParseV6(ReadOnlySpan<char> text, out IPAddress? address)
    {
        address = null;
        return text.Contains(':') && IPAddress.TryParse(text, out address)
            && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    /// <summary>Says whether an IPv4 address is in a special-purpose (non-global) block.</summary>
    public static bool IsPrivate(uint address)
    {
        foreach (var (network, mask) in PrivateV4)
        {
            if ((address & mask) == network)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Says whether an IPv4 address is globally routable: not private and not shared (carrier NAT).</summary>
    public static bool IsPublic(uint address) =>
        !IsPrivate(address) && (address & SharedV4.Mask) != SharedV4.Network;

    /// <summary>
    /// Says whether an IPv6 address is loopback, unspecified, unique-local, link-local, site-local or documentation.
    /// </summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return TryParseV4(address.MapToIPv4().ToString(), out var v4) && IsPrivate(v4);
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        var documentation = bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8;
        return IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6UniqueLocal
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || documentation;
    }

    /// <summary>Makes a network and mask from a dotted address and a prefix length.</summary>
    public static (uint Network, uint Mask) Block(int a, int b, int c, int d, int prefix)
    {
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return (((uint)a << 24 | (uint)b << 16 | (uint)c << 8 | (uint)d) & mask, mask);
    }
}
