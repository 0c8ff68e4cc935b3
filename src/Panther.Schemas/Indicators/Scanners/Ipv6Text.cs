using System.Buffers.Text;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a valid IPv6 literal in its canonical text form (RFC 5952): lower-case hex, no leading zeros, the longest
/// run of two or more zero groups as <c>::</c>, IPv4-mapped addresses as <c>::ffff:a.b.c.d</c>, a zone kept as it
/// was. So <c>2001:0DB8:0:0::1</c> and <c>2001:db8::1</c> become one indicator value.
/// </summary>
internal static class Ipv6Text
{
    /// <summary>The longest canonical text, zone excluded.</summary>
    public const int MaxLength = 45;

    /// <summary>Formats an address that <see cref="IpAddressSyntax.IsValidIpv6"/> accepted.</summary>
    /// <param name="valid">The address text, trimmed and valid.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes plus the zone's length.</param>
    /// <param name="written">The number of bytes written.</param>
    /// <returns><see langword="false"/> when the text could not be read, which a valid address never causes.</returns>
    public static bool TryFormatCanonical(ReadOnlySpan<byte> valid, Span<byte> destination, out int written)
    {
        written = 0;
        var percent = valid.IndexOf((byte)'%');
        var zone = percent < 0 ? [] : valid[percent..];
        var address = percent < 0 ? valid : valid[..percent];
        Span<ushort> groups = stackalloc ushort[8];
        if (!TryReadGroups(address, groups, out var hasIpv4Tail)
            || destination.Length < MaxLength + zone.Length)
        {
            return false;
        }

        var mapped = hasIpv4Tail && groups[..5].IndexOfAnyExcept((ushort)0) < 0 && groups[5] == 0xFFFF;
        written = mapped ? WriteMapped(groups, destination) : WriteGroups(groups, destination);
        zone.CopyTo(destination[written..]);
        written += zone.Length;
        return true;
    }

    /// <summary>Reads the eight groups of an address <see cref="IpAddressSyntax.IsValidIpv6"/> accepted.</summary>
    /// <param name="text">The address text without its zone.</param>
    /// <param name="groups">Eight groups, most significant first; a <c>::</c> gap is filled with zeros.</param>
    /// <param name="hasIpv4Tail">Whether the text ended with an embedded dotted-quad IPv4 address.</param>
    /// <returns><see langword="false"/> when the text could not be read, which a valid address never causes.</returns>
    public static bool TryReadGroups(ReadOnlySpan<byte> text, Span<ushort> groups, out bool hasIpv4Tail)
    {
        hasIpv4Tail = false;
        var gap = text.IndexOf("::"u8);
        Span<ushort> head = stackalloc ushort[8];
        Span<ushort> tail = stackalloc ushort[8];
        if (!TryReadPart(gap < 0 ? text : text[..gap], head, out var headCount, ref hasIpv4Tail)
            || !TryReadPart(gap < 0 ? [] : text[(gap + 2)..], tail, out var tailCount, ref hasIpv4Tail))
        {
            return false;
        }

        groups.Clear();
        head[..headCount].CopyTo(groups);
        tail[..tailCount].CopyTo(groups[(8 - tailCount)..]);
        return gap >= 0 ? headCount + tailCount <= 7 : headCount == 8;
    }

    private static bool TryReadPart(ReadOnlySpan<byte> part, Span<ushort> groups, out int count,
        ref bool hasIpv4Tail)
    {
        count = 0;
        while (!part.IsEmpty)
        {
            var colon = part.IndexOf((byte)':');
            var group = colon < 0 ? part : part[..colon];
            if (group.Contains((byte)'.'))
            {
                if (count > 6 || !TryReadIpv4(group, groups[count..]))
                {
                    return false;
                }

                hasIpv4Tail = true;
                count += 2;
                return colon < 0;
            }

            if (count == 8 || !Utf8Parser.TryParse(group, out ushort value, out var used, 'x') || used != group.Length)
            {
                return false;
            }

            groups[count++] = value;
            part = colon < 0 ? [] : part[(colon + 1)..];
        }

        return true;
    }

    private static bool TryReadIpv4(ReadOnlySpan<byte> text, Span<ushort> groups)
    {
        Span<byte> octets = stackalloc byte[4];
        for (var i = 0; i < 4; i++)
        {
            var dot = text.IndexOf((byte)'.');
            var part = i < 3 ? (dot < 0 ? [] : text[..dot]) : text;
            if (!Utf8Parser.TryParse(part, out byte octet, out var used) || used != part.Length)
            {
                return false;
            }

            octets[i] = octet;
            text = i < 3 ? text[(dot + 1)..] : [];
        }

        groups[0] = (ushort)((octets[0] << 8) | octets[1]);
        groups[1] = (ushort)((octets[2] << 8) | octets[3]);
        return true;
    }

    private static int WriteGroups(ReadOnlySpan<ushort> groups, Span<byte> destination)
    {
        var (runStart, runLength) = LongestZeroRun(groups);
        var written = 0;
        for (var i = 0; i < 8; i++)
        {
            if (i == runStart)
            {
                destination[written++] = (byte)':';
                destination[written++] = (byte)':';
                i += runLength - 1;
                continue;
            }

            if (written > 0 && destination[written - 1] != (byte)':')
            {
                destination[written++] = (byte)':';
            }

            Utf8Formatter.TryFormat(groups[i], destination[written..], out var used, 'x');
            written += used;
        }

        return written;
    }

    private static int WriteMapped(ReadOnlySpan<ushort> groups, Span<byte> destination)
    {
        "::ffff:"u8.CopyTo(destination);
        var written = 7;
        for (var i = 0; i < 4; i++)
        {
            var octet = (byte)(groups[6 + (i / 2)] >> (i % 2 == 0 ? 8 : 0));
            if (i > 0)
            {
                destination[written++] = (byte)'.';
            }

            Utf8Formatter.TryFormat(octet, destination[written..], out var used);
            written += used;
        }

        return written;
    }

    private static (int Start, int Length) LongestZeroRun(ReadOnlySpan<ushort> groups)
    {
        var (bestStart, bestLength) = (-1, 0);
        for (var i = 0; i < groups.Length;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < groups.Length && groups[i] == 0)
            {
                i++;
            }

            if (i - start > bestLength)
            {
                (bestStart, bestLength) = (start, i - start);
            }
        }

        return bestLength >= 2 ? (bestStart, bestLength) : (-1, 0);
    }
}
