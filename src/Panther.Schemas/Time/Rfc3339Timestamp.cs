using System.Text;

namespace Panther.Schemas.Time;

/// <summary>
/// Writes instants as RFC 3339 UTC text, <c>yyyy-MM-ddTHH:mm:ss[.fffffff]Z</c>. The fraction keeps only its
/// significant digits and is left out when it is zero, so <c>2019-06-19T00:18:31Z</c> and
/// <c>2015-10-22T11:17:43.787396Z</c> are typical. <see cref="TimestampFormat.Rfc3339"/> reads the text back.
/// </summary>
public static class Rfc3339Timestamp
{
    /// <summary>The most bytes <see cref="TryFormat"/> ever writes; a buffer of this size always suffices.</summary>
    public const int MaxLength = 30;

    private const int SecondsLength = 19;

    private const int FractionDigits = 7;

    /// <summary>Writes <paramref name="utc"/> as RFC 3339 UTC text without allocating.</summary>
    /// <param name="utc">
    /// The instant. A value of <see cref="DateTimeKind.Local"/> is converted to UTC first; an
    /// <see cref="DateTimeKind.Unspecified"/> value is taken to be UTC already.
    /// </param>
    /// <param name="utf8Destination">Where the UTF-8 text goes.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the destination is too small.</param>
    /// <returns><see langword="true"/> unless <paramref name="utf8Destination"/> is too small.</returns>
    public static bool TryFormat(DateTime utc, Span<byte> utf8Destination, out int bytesWritten)
    {
        if (utc.Kind == DateTimeKind.Local)
        {
            utc = utc.ToUniversalTime();
        }

        var fraction = (int)(utc.Ticks % TimeSpan.TicksPerSecond);
        var fractionDigits = fraction == 0 ? 0 : FractionDigits;
        while (fractionDigits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            fractionDigits--;
        }

        var length = SecondsLength + (fractionDigits == 0 ? 0 : fractionDigits + 1) + 1;
        if (utf8Destination.Length < length)
        {
            bytesWritten = 0;
            return false;
        }

        WriteDateAndTime(utc, utf8Destination);

        if (fractionDigits > 0)
        {
            utf8Destination[SecondsLength] = (byte)'.';
            WriteDigits(utf8Destination.Slice(SecondsLength + 1, fractionDigits), fraction);
        }

        utf8Destination[length - 1] = (byte)'Z';
        bytesWritten = length;
        return true;
    }

    /// <summary>Returns <paramref name="utc"/> as RFC 3339 UTC text, for use off the hot path.</summary>
    /// <param name="utc">The instant, treated as <see cref="TryFormat"/> describes.</param>
    /// <returns>The text, such as <c>2019-06-19T00:18:31Z</c>.</returns>
    public static string Format(DateTime utc)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        TryFormat(utc, buffer, out var written);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    private static void WriteDateAndTime(DateTime utc, Span<byte> destination)
    {
        WriteDigits(destination[..4], utc.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), utc.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), utc.Day);
        destination[10] = (byte)'T';
        WriteDigits(destination.Slice(11, 2), utc.Hour);
        destination[13] = (byte)':';
        WriteDigits(destination.Slice(14, 2), utc.Minute);
        destination[16] = (byte)':';
        WriteDigits(destination.Slice(17, 2), utc.Second);
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
