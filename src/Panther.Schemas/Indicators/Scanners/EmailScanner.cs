using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value to <c>p_any_emails</c> as given, case included, when it has an <c>@</c> with text on both
/// sides and no white space.
/// </summary>
internal sealed class EmailScanner : IndicatorScanner
{
    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var email = AsciiText.Trim(utf8Value);
        var firstAt = email.IndexOf((byte)'@');
        if (firstAt <= 0 || email.LastIndexOf((byte)'@') == email.Length - 1)
        {
            return;
        }

        if (!AsciiText.ContainsWhiteSpace(email) && Utf8.IsValid(email))
        {
            writer.Add(IndicatorField.Emails, email);
        }
    }
}
