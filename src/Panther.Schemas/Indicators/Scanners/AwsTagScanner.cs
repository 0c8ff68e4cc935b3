using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a <c>key:value</c> tag to <c>p_any_aws_tags</c> as given. The key must not be empty; the value may
/// be, since AWS allows tags with empty values.
/// </summary>
internal sealed class AwsTagScanner : IndicatorScanner
{
    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var tag = AsciiText.Trim(utf8Value);
        if (tag.IndexOf((byte)':') > 0 && Utf8.IsValid(tag))
        {
            writer.Add(IndicatorField.AwsTags, tag);
        }
    }
}
