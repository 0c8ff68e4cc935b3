using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class AwsAccountIdScannerTests
{
    [Theory]
    [InlineData("123456789012", "123456789012")]
    [InlineData(" 000000000000\t", "000000000000")]
    public void Twelve_digits_are_an_account_id(string value, string expected) =>
        Assert.Equal(
            [(IndicatorField.AwsAccountIds.Name, expected)],
            RecordingIndicatorWriter.Scan(IndicatorKind.AwsAccountId, value));

    [Theory]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    [InlineData("1234-5678-9012")]
    [InlineData("１２３４５６７８９０１２")]
    public void Anything_else_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.AwsAccountId, value));
}
