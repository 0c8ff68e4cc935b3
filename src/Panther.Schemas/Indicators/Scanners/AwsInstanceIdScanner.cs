namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes an EC2 instance id, <c>i-</c> followed by hex digits, to <c>p_any_aws_instance_ids</c> as given.
/// </summary>
/// <remarks>
/// Real ids have 8 or 17 hex digits; any number from one up is accepted so that ids of a future length are not
/// lost.
/// </remarks>
internal sealed class AwsInstanceIdScanner : IndicatorScanner
{
    private static ReadOnlySpan<byte> Prefix => "i-"u8;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var value = AsciiText.Trim(utf8Value);
        if (IsInstanceId(value))
        {
            writer.Add(IndicatorField.AwsInstanceIds, value);
        }
    }

    /// <summary>Returns whether the value is an EC2 instance id.</summary>
    /// <param name="value">The value, already trimmed.</param>
    /// <returns><see langword="true"/> for <c>i-</c> followed by one or more hex digits.</returns>
    internal static bool IsInstanceId(ReadOnlySpan<byte> value) =>
        value.StartsWith(Prefix) && AsciiText.IsAllHex(value[Prefix.Length..]);
}
