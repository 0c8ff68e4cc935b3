using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Panther.Parsing.Events;

/// <summary>
/// Makes <c>p_row_id</c> values that are unique without coordination: a per-process prefix (process start time in
/// seconds and random bytes) followed by a process-wide counter, all as 32 lower-case hex digits.
/// </summary>
internal static class RowIdGenerator
{
    public const int Length = 32;

    private static readonly byte[] Prefix = CreatePrefix();
    private static long _counter;

    /// <summary>Writes the next row id.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    public static void Next(Span<byte> destination)
    {
        var counter = Interlocked.Increment(ref _counter);
        Span<byte> raw = stackalloc byte[16];
        Prefix.CopyTo(raw);
        BinaryPrimitives.WriteInt64BigEndian(raw[8..], counter);
        for (var i = 0; i < raw.Length; i++)
        {
            destination[2 * i] = HexDigit(raw[i] >> 4);
            destination[(2 * i) + 1] = HexDigit(raw[i] & 0xF);
        }
    }

    private static byte HexDigit(int value) => (byte)(value < 10 ? '0' + value : 'a' + value - 10);

    private static byte[] CreatePrefix()
    {
        var prefix = new byte[8];
        BinaryPrimitives.WriteUInt32BigEndian(prefix, (uint)DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(prefix.AsSpan(4));
        return prefix;
    }
}
