namespace Panther.Rules.Detections;

/// <summary>
/// Classifies addresses read by <see cref="Panther.Schemas.Indicators.IPAddressText"/> as private or public, and
/// builds the network masks that CIDR conditions compare with. Everything works on integers and allocates nothing.
/// </summary>
internal static class IpAddressBlocks
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

    // IPv6 blocks treated as private: loopback ::1, unspecified ::, unique-local fc00::/7, link-local fe80::/10,
    // site-local fec0::/10 and documentation 2001:db8::/32.
    private static readonly (UInt128 Network, UInt128 Mask)[] PrivateV6 =
    [
        Block(UInt128.One, 128), Block(UInt128.Zero, 128), Block(Top(0xfc00), 7), Block(Top(0xfe80), 10),
        Block(Top(0xfec0), 10), Block(Top(0x2001) | (Top(0x0db8) >> 16), 32),
    ];

    private static readonly (UInt128 Network, UInt128 Mask) MappedV4 = Block((UInt128)0xFFFF << 32, 96);

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
    /// An IPv4-mapped address (<c>::ffff:a.b.c.d</c>) is classified by its IPv4 address.
    /// </summary>
    public static bool IsPrivate(UInt128 address)
    {
        if ((address & MappedV4.Mask) == MappedV4.Network)
        {
            return IsPrivate((uint)address);
        }

        foreach (var (network, mask) in PrivateV6)
        {
            if ((address & mask) == network)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes a network and mask from a dotted address and a prefix length.</summary>
    public static (uint Network, uint Mask) Block(int a, int b, int c, int d, int prefix)
    {
        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        return (((uint)a << 24 | (uint)b << 16 | (uint)c << 8 | (uint)d) & mask, mask);
    }

    /// <summary>Makes an IPv6 network and mask from an address and a prefix length from 0 to 128.</summary>
    public static (UInt128 Network, UInt128 Mask) Block(UInt128 address, int prefix)
    {
        var mask = prefix == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - prefix);
        return (address & mask, mask);
    }

    private static UInt128 Top(ushort group) => (UInt128)group << 112;
}
