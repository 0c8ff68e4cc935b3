namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Tells whether UTF-8 text is an IPv4 or IPv6 address literal, without allocating.
/// </summary>
/// <remarks>
/// IPv4 must be a dotted quad of four decimal parts from 0 to 255. A part with a leading zero, such as
/// <c>01</c>, is rejected because tools disagree on whether it is octal; a lone <c>0</c> is fine. IPv6 may be
/// written in full or compressed with one <c>::</c>, may end with an embedded IPv4 address
/// (<c>::ffff:1.2.3.4</c>) and may carry a zone (<c>fe80::1%eth0</c>). Brackets, ports, prefix lengths and
/// surrounding white space are all rejected: callers trim and unwrap first.
/// </remarks>
internal static class IpAddressSyntax
{
    private const int Ipv4Parts = 4;
    private const int Ipv6Groups = 8;
    private const int MaxIpv6GroupLength = 4;

    /// <summary>Returns whether the text is exactly one IPv4 or IPv6 literal.</summary>
    /// <param name="utf8">The text, already trimmed.</param>
    /// <returns><see langword="true"/> when the whole text is a valid address.</returns>
    public static bool IsValid(ReadOnlySpan<byte> utf8) =>
        utf8.Contains((byte)':') ? IsValidIpv6(utf8) : IsValidIpv4(utf8);

    /// <summary>Returns whether the text is exactly one dotted-quad IPv4 address.</summary>
    /// <param name="utf8">The text, already trimmed.</param>
    /// <returns><see langword="true"/> when the whole text is a valid IPv4 address.</returns>
    public static bool IsValidIpv4(ReadOnlySpan<byte> utf8)
    {
        var parts = 0;
        while (true)
        {
            var dot = utf8.IndexOf((byte)'.');
            var part = dot < 0 ? utf8 : utf8[..dot];
            if (!IsValidIpv4Part(part))
            {
                return false;
            }

            parts++;
            if (dot < 0)
            {
                return parts == Ipv4Parts;
            }

            if (parts == Ipv4Parts)
            {
                return false;
            }

            utf8 = utf8[(dot + 1)..];
        }
    }

    /// <summary>Returns whether the text is exactly one IPv6 address, optionally with a zone.</summary>
    /// <param name="utf8">The text, already trimmed and without brackets.</param>
    /// <returns><see langword="true"/> when the whole text is a valid IPv6 address.</returns>
    public static bool IsValidIpv6(ReadOnlySpan<byte> utf8)
    {
        var percent = utf8.IndexOf((byte)'%');
        if (percent >= 0)
        {
            if (!IsValidZone(utf8[(percent + 1)..]))
            {
                return false;
            }

            utf8 = utf8[..percent];
        }

        if (utf8.Length < 2)
        {
            return false;
        }

        var compressed = false;
        var position = 0;
        if (utf8[0] == ':')
        {
            if (utf8[1] != ':')
            {
                return false;
            }

            compressed = true;
            position = 2;
        }

        var groups = 0;
        while (position < utf8.Length)
        {
            var colon = utf8[position..].IndexOf((byte)':');
            var end = colon < 0 ? utf8.Length : position + colon;
            var group = utf8[position..end];
            if (end == utf8.Length && group.Contains((byte)'.'))
            {
                if (!IsValidIpv4(group))
                {
                    return false;
                }

                groups += 2;
                break;
            }

            if (group.Length > MaxIpv6GroupLength || !AsciiText.IsAllHex(group))
            {
                return false;
            }

            groups++;
            if (end == utf8.Length)
            {
                break;
            }

            if (end + 1 < utf8.Length && utf8[end + 1] == ':')
            {
                if (compressed)
                {
                    return false;
                }

                compressed = true;
                position = end + 2;
            }
            else
            {
                position = end + 1;
                if (position == utf8.Length)
                {
                    return false;
                }
            }
        }

        return compressed ? groups < Ipv6Groups : groups == Ipv6Groups;
    }

    private static bool IsValidIpv4Part(ReadOnlySpan<byte> part)
    {
        if (part.Length is 0 or > 3 || !AsciiText.IsAllDigits(part))
        {
            return false;
        }

        if (part.Length > 1 && part[0] == '0')
        {
            return false;
        }

        var value = 0;
        foreach (var digit in part)
        {
            value = (value * 10) + (digit - '0');
        }

        return value <= byte.MaxValue;
    }

    private static bool IsValidZone(ReadOnlySpan<byte> zone)
    {
        if (zone.IsEmpty)
        {
            return false;
        }

        foreach (var b in zone)
        {
            if (!AsciiText.IsLetter(b) && !AsciiText.IsDigit(b) && b is not ((byte)'-' or (byte)'.' or (byte)'_'))
            {
                return false;
            }
        }

        return true;
    }
}
