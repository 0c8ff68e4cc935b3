using System.Buffers;
using System.Text.Unicode;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// Writes the address of a mail header or SMTP envelope value to <c>p_any_emails</c>: a plain
/// <c>user@example.com</c>, the <c>&lt;user@example.com&gt;</c> of <c>MAIL FROM</c> and <c>RCPT TO</c>, or the
/// bracketed part of <c>Name &lt;user@example.com&gt;</c>. The built-in <c>email</c> kind would keep the brackets.
/// </summary>
/// <remarks>
/// The address must have text on both sides of a single <c>@</c> and no white space, brackets, quotes, commas or
/// semicolons, so lists and quoted display names write nothing.
/// </remarks>
internal sealed class MailAddressScanner : IndicatorScanner
{
    private MailAddressScanner()
    {
    }

    /// <summary>Gets the <c>mail_address</c> indicator kind.</summary>
    public static IndicatorKind Kind { get; } = IndicatorKind.Define("mail_address", new MailAddressScanner());

    private static ReadOnlySpan<byte> WhiteSpace => " \t\r\n\v\f"u8;

    private static readonly SearchValues<byte> Forbidden = SearchValues.Create(" \t\r\n\v\f<>\",;"u8);

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var address = utf8Value.Trim(WhiteSpace);
        if (address.Length > 0 && address[^1] == (byte)'>')
        {
            var open = address.LastIndexOf((byte)'<');
            if (open < 0)
            {
                return;
            }

            address = address[(open + 1)..^1];
        }

        var at = address.IndexOf((byte)'@');
        if (at <= 0 || at == address.Length - 1 || address[(at + 1)..].Contains((byte)'@')
            || address.ContainsAny(Forbidden) || !Utf8.IsValid(address))
        {
            return;
        }

        writer.Add(IndicatorField.Emails, address);
    }
}
