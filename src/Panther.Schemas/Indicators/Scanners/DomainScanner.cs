using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value to <c>p_any_domain_names</c> when it looks like a host name, lower-cased and without a
/// trailing dot. Labels in punycode (<c>xn--</c>) are decoded to Unicode.
/// </summary>
/// <remarks>
/// A host name here is 1 to 253 bytes of ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c> or non-ASCII
/// UTF-8, that does not start with <c>.</c> or <c>-</c>, has no empty label and holds at least one letter, so
/// plain numbers and malformed IPv4 addresses are not taken for names. Only ASCII letters are lower-cased.
/// Decoding punycode allocates; every other path does not.
/// </remarks>
internal sealed class DomainScanner : IndicatorScanner
{
    private const int MaxLength = 253;

    private static ReadOnlySpan<byte> PunycodePrefix => "xn--"u8;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer) =>
        TryWrite(AsciiText.Trim(utf8Value), writer);

    /// <summary>Writes the value when it looks like a host name.</summary>
    /// <param name="value">The value, already trimmed.</param>
    /// <param name="writer">Where the name goes.</param>
    /// <returns><see langword="true"/> when the value was a host name and was written.</returns>
    internal static bool TryWrite(ReadOnlySpan<byte> value, IIndicatorWriter writer)
    {
        if (!value.IsEmpty && value[^1] == '.')
        {
            value = value[..^1];
        }

        if (!IsHostName(value))
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[MaxLength];
        var name = buffer[..value.Length];
        AsciiText.CopyToLower(value, name);

        if (HasPunycodeLabel(name))
        {
            WriteDecoded(name, writer);
        }
        else
        {
            writer.Add(IndicatorField.DomainNames, name);
        }

        return true;
    }

    private static bool IsHostName(ReadOnlySpan<byte> value)
    {
        if (value.Length is 0 or > MaxLength || value[0] == '.' || value[0] == '-' || value[^1] == '.')
        {
            return false;
        }

        var hasLetter = false;
        var hasNonAscii = false;
        byte previous = 0;
        foreach (var b in value)
        {
            if (b >= 0x80)
            {
                hasLetter = true;
                hasNonAscii = true;
            }
            else if (AsciiText.IsLetter(b))
            {
                hasLetter = true;
            }
            else if (b == '.')
            {
                if (previous == '.')
                {
                    return false;
                }
            }
            else if (!AsciiText.IsDigit(b) && b != '-' && b != '_')
            {
                return false;
            }

            previous = b;
        }

        return hasLetter && (!hasNonAscii || Utf8.IsValid(value));
    }

    private static bool HasPunycodeLabel(ReadOnlySpan<byte> name)
    {
        while (true)
        {
            if (name.StartsWith(PunycodePrefix))
            {
                return true;
            }

            var dot = name.IndexOf((byte)'.');
            if (dot < 0)
            {
                return false;
            }

            name = name[(dot + 1)..];
        }
    }

    private static void WriteDecoded(ReadOnlySpan<byte> name, IIndicatorWriter writer)
    {
        string unicode;
        try
        {
            unicode = new IdnMapping().GetUnicode(Encoding.UTF8.GetString(name));
        }
        catch (ArgumentException)
        {
            writer.Add(IndicatorField.DomainNames, name);
            return;
        }

        writer.Add(IndicatorField.DomainNames, Encoding.UTF8.GetBytes(unicode));
    }
}
