namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a value of exactly 12 ASCII digits to <c>p_any_aws_account_ids</c>.
/// </summary>
internal sealed class AwsAccountIdScanner : IndicatorScanner
{
    private const int AccountIdLength = 12;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        if (IsAccountId(value))
        {
            writer.Add(IndicatorField.AwsAccountIds, value);
        }
    }

    /// <summary>Returns whether the value is an AWS account id.</summary>
    /// <param name="value">The value, already trimmed.</param>
    /// <returns><see langword="true"/> for exactly 12 ASCII digits.</returns>
    internal static bool IsAccountId(ReadOnlySpan<byte> value) =>
        value.Length == AccountIdLength && AsciiText.IsAllDigits(value);
}
