using System.Globalization;

namespace Panther.Parsing.Generation;

/// <summary>
/// Small pieces of made-up data drawn from a <see cref="Random"/>, shared by the sample generators. Every value
/// comes from the random source alone, so the same seed gives the same values on every machine.
/// </summary>
/// <remarks>
/// Public addresses come from the ranges reserved for documentation and benchmarks (192.0.2.0/24, 198.51.100.0/24,
/// 203.0.113.0/24, 198.18.0.0/15 and 2001:db8::/32), so generated logs never name a real host on the internet.
/// </remarks>
internal static class SampleRandom
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The first moment of generated time; each generator adds its own spacing per event.</summary>
    public static readonly DateTime Start = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Picks one element.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary>Returns <see langword="true"/> once in <paramref name="odds"/> draws on average.</summary>
    public static bool OneIn(this Random random, int odds) => random.Next(odds) == 0;

    /// <summary>Lower-case hex digits.</summary>
    public static string Hex(this Random random, int length)
    {
        Span<byte> bytes = stackalloc byte[(length + 1) / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    /// <summary>Letters and digits, as in Okta ids and request ids.</summary>
    public static string Alphanumeric(this Random random, int length) =>
        string.Create(length, random, static (chars, r) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Base62[r.Next(Base62.Length)];
            }
        });

    /// <summary>A GUID in its usual 8-4-4-4-12 form.</summary>
    public static string Guid(this Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    /// <summary>Random bytes in base64.</summary>
    public static string Base64(this Random random, int byteCount)
    {
        var bytes = new byte[byteCount];
        random.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>A 64-bit unsigned number over the whole range, so about half are above 2^63.</summary>
    public static ulong NextUInt64(this Random random) =>
        ((ulong)(uint)random.Next() << 33) ^ ((ulong)(uint)random.Next() << 2) ^ (ulong)random.Next(4);

    /// <summary>A public IPv4 address from a documentation or benchmark range.</summary>
    public static string PublicIpv4(this Random random) => random.Next(4) switch
    {
        0 => Format($"192.0.2.{random.Next(1, 255)}"),
        1 => Format($"198.51.100.{random.Next(1, 255)}"),
        2 => Format($"203.0.113.{random.Next(1, 255)}"),
        _ => Format($"198.{18 + random.Next(2)}.{random.Next(256)}.{random.Next(1, 255)}"),
    };

    /// <summary>A private IPv4 address from one of the three RFC 1918 ranges.</summary>
    public static string PrivateIpv4(this Random random) => random.Next(3) switch
    {
        0 => Format($"10.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}"),
        1 => Format($"172.{16 + random.Next(16)}.{random.Next(256)}.{random.Next(1, 255)}"),
        _ => Format($"192.168.{random.Next(256)}.{random.Next(1, 255)}"),
    };

    /// <summary>An IPv6 address from the documentation prefix, in its canonical form (RFC 5952).</summary>
    public static string Ipv6(this Random random) =>
        Format($"2001:db8:{random.Next(1, 0x10000):x}::{random.Next(1, 0x10000):x}");

    /// <summary>A public address: IPv4 mostly, IPv6 now and then.</summary>
    public static string PublicIp(this Random random) => random.OneIn(8) ? random.Ipv6() : random.PublicIpv4();

    /// <summary>A MAC address as lower-case pairs joined by <c>:</c>.</summary>
    public static string MacAddress(this Random random)
    {
        Span<byte> bytes = stackalloc byte[6];
        random.NextBytes(bytes);
        bytes[0] &= 0xfe;
        return string.Join(':', Convert.ToHexStringLower(bytes).Chunk(2).Select(pair => new string(pair)));
    }

    /// <summary>A TCP or UDP port that a client picks for itself.</summary>
    public static int EphemeralPort(this Random random) => random.Next(32768, 61000);

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
