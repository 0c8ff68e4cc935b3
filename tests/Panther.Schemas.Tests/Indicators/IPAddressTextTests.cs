using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public partial class IPAddressTextTests
{
    [Theory]
    [InlineData("0.0.0.0", 0x00000000u)]
    [InlineData("10.0.0.1", 0x0A000001u)]
    [InlineData("192.168.1.254", 0xC0A801FEu)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    public void Dotted_quads_are_read_most_significant_part_first(string text, uint expected)
    {
        Assert.True(IPAddressText.TryParseIPv4(text, out var address));
        Assert.Equal(expected, address);
    }

    [Theory]
    [InlineData("::", "0")]
    [InlineData("::1", "1")]
    [InlineData("2001:db8::1", "20010db8000000000000000000000001")]
    [InlineData("2001:DB8:0:0:0:0:0:FFFF", "20010db800000000000000000000ffff")]
    [InlineData("::ffff:1.2.3.4", "ffff01020304")]
    [InlineData("1:2:3:4:5:6:7::", "00010002000300040005000600070000")]
    [InlineData("fe80::1%eth0", "fe800000000000000000000000000001")]
    [InlineData("fe80::1%1", "fe800000000000000000000000000001")]
    public void Ipv6_literals_are_read_first_group_most_significant(string text, string hex)
    {
        Assert.True(IPAddressText.TryParseIPv6(text, out var address));
        Assert.Equal(UInt128.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture), address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("01.2.3.4")]
    [InlineData("0x7f.0.0.1")]
    [InlineData("127.1")]
    [InlineData(" 1.2.3.4")]
    [InlineData("1.2.3.4 ")]
    [InlineData("::1")]
    [InlineData("１.2.3.4")]
    public void Other_text_is_not_an_ipv4_address(string text)
    {
        Assert.False(IPAddressText.TryParseIPv4(text, out var address));
        Assert.Equal(0u, address);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("00001::")]
    [InlineData("::1:")]
    [InlineData(":1::")]
    [InlineData("::ffff:1.2.3")]
    [InlineData("::ffff:256.1.1.1")]
    [InlineData("::ffff:01.2.3.4")]
    [InlineData("::1.2.3.4:5")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData("::1/64")]
    [InlineData("fe80::1%")]
    [InlineData("fe80::1%a b")]
    [InlineData(" ::1")]
    [InlineData("1.2.3.4")]
    [InlineData("::g")]
    [InlineData("::é")]
    public void Other_text_is_not_an_ipv6_address(string text)
    {
        Assert.False(IPAddressText.TryParseIPv6(text, out var address));
        Assert.Equal(UInt128.Zero, address);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_rejected()
    {
        var zone = new string('a', IPAddressText.MaxLength - 4);

        Assert.True(IPAddressText.TryParseIPv6("::1%" + zone, out _));
        Assert.False(IPAddressText.TryParseIPv6("::1%a" + zone, out _));
    }

    [Fact]
    public void Generated_literals_are_read_as_IPAddress_reads_them()
    {
        var random = new Random(20261201);
        var (generated, mutated) = (0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var text = Generate(random);
            generated += AssertAgreesWithIPAddress(text) ? 1 : 0;
            mutated += AssertAgreesWithIPAddress(Mutate(text, random)) ? 1 : 0;
        }

        Assert.InRange(generated, 12_000, 20_000);
        Assert.InRange(mutated, 2_000, 18_000);
    }

    [Theory]
    [InlineData("::")]
    [InlineData("::0")]
    [InlineData("0::")]
    [InlineData("0:0:0:0:0:0:0:0")]
    [InlineData("0000:0000:0000:0000:0000:ffff:255.255.255.255")]
    [InlineData("::ffff:0.0.0.0")]
    [InlineData("::1.2.3.4")]
    [InlineData("1::1.2.3.4")]
    [InlineData("1:2:3:4:5:6:1.2.3.4")]
    [InlineData("1:2:3:4:5:6::1.2.3.4")]
    [InlineData("ABCD:EF01::")]
    [InlineData("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("1:2:3:4:5:6:7::")]
    [InlineData("::2:3:4:5:6:7:8")]
    [InlineData("1::2:3:4:5:6:7")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%eth0%1")]
    [InlineData("::ffff:1.2.3.04")]
    [InlineData("[::1]")]
    [InlineData("1.2.3.4")]
    [InlineData("0.0.0.0")]
    [InlineData("010.0.0.1")]
    [InlineData("1.2.3")]
    [InlineData("0x1.2.3.4")]
    [InlineData("4294967295")]
    public void Edge_cases_are_read_as_IPAddress_reads_them(string text) => _ = AssertAgreesWithIPAddress(text);

    /// <summary>
    /// Whatever this reader accepts, <see cref="IPAddress"/> accepts with the same value; whatever
    /// <see cref="IPAddress"/> accepts, this reader accepts too unless it is one of the documented exceptions.
    /// </summary>
    /// <returns>Whether this reader accepted the text.</returns>
    private static bool AssertAgreesWithIPAddress(string text)
    {
        var v4 = IPAddressText.TryParseIPv4(text, out var address4);
        var v6 = IPAddressText.TryParseIPv6(text, out var address6);
        var bcl = IPAddress.TryParse(text, out var expected);

        Assert.False(v4 && v6, text);
        if (v4 || v6)
        {
            Assert.True(bcl, text);
            Span<byte> bytes = stackalloc byte[16];
            Assert.True(expected!.TryWriteBytes(bytes, out var written), text);
            if (v4)
            {
                Assert.Equal(AddressFamily.InterNetwork, expected.AddressFamily);
                Assert.Equal(BinaryPrimitives.ReadUInt32BigEndian(bytes[..written]), address4);
            }
            else
            {
                Assert.Equal(AddressFamily.InterNetworkV6, expected.AddressFamily);
                Assert.Equal(BinaryPrimitives.ReadUInt128BigEndian(bytes[..written]), address6);
            }
        }
        else if (bcl)
        {
            Assert.True(IsDocumentedException(text), $"IPAddress accepts '{text}' but IPAddressText does not");
        }

        return v4 || v6;
    }

    private static bool IsDocumentedException(string text)
    {
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return !StrictDottedQuad().IsMatch(text);
        }

        var percent = text.IndexOf('%', StringComparison.Ordinal);
        if (percent >= 0 && !Zone().IsMatch(text[(percent + 1)..]))
        {
            return true;
        }

        var address = percent < 0 ? text : text[..percent];
        var tail = address[(address.LastIndexOf(':') + 1)..];
        return address.Contains('[', StringComparison.Ordinal)
            || (tail.Contains('.', StringComparison.Ordinal) && tail.Split('.').Any(p => p.Length > 1 && p[0] == '0'));
    }

    private static string Generate(Random random)
    {
        var groups = new ushort[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = random.Next(4) switch
            {
                0 => 0,
                1 => (ushort)random.Next(16),
                _ => (ushort)random.Next(65536),
            };
        }

        var tail = random.Next(4) == 0;
        if (tail && random.Next(2) == 0)
        {
            Array.Clear(groups, 0, 5);
            groups[5] = 0xFFFF;
        }

        var count = tail ? 6 : 8;
        var parts = groups.Take(count).Select(g => Group(g, random)).ToList();
        if (tail)
        {
            parts.Add(string.Join('.', Enumerable.Range(0, 4).Select(k => Octet(groups, k, random))));
        }

        var text = random.Next(3) == 0 ? string.Join(':', parts) : Compress(parts, count, random);
        return random.Next(8) == 0 ? text + "%" + (random.Next(2) == 0 ? "eth0" : "12") : text;
    }

    private static string Group(ushort value, Random random)
    {
        var hex = value.ToString(random.Next(2) == 0 ? "x" : "X", CultureInfo.InvariantCulture);
        return random.Next(4) == 0 ? hex.PadLeft(random.Next(hex.Length, 5), '0') : hex;
    }

    private static string Octet(ushort[] groups, int index, Random random)
    {
        var value = index < 2 ? groups[6] >> (index == 0 ? 8 : 0) : groups[7] >> (index == 2 ? 8 : 0);
        var text = (value & 0xFF).ToString(CultureInfo.InvariantCulture);
        return random.Next(20) == 0 ? "0" + text : text;
    }

    private static string Compress(List<string> parts, int groupCount, Random random)
    {
        var start = random.Next(groupCount + 1);
        var length = random.Next(0, groupCount - start + 1);
        if (parts.Count > groupCount && start + length == groupCount)
        {
            length = Math.Max(0, length - 1);
        }

        var head = string.Join(':', parts.Take(start));
        var rest = string.Join(':', parts.Skip(start + length));
        return head + "::" + rest;
    }

    private static string Mutate(string text, Random random)
    {
        const string Alphabet = "0123456789abcdefABCDEFgG:.%";
        var builder = new StringBuilder(text);
        var position = random.Next(builder.Length + 1);
        var c = Alphabet[random.Next(Alphabet.Length)];
        switch (random.Next(3))
        {
            case 0:
                builder.Insert(position, c);
                break;
            case 1 when position < builder.Length:
                builder.Remove(position, 1);
                break;
            default:
                builder[Math.Min(position, builder.Length - 1)] = c;
                break;
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(?!$)|$)){4}$")]
    private static partial Regex StrictDottedQuad();

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex Zone();
}
