using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class AwsInstanceIdScannerTests
{
    [Theory]
    [InlineData("i-0abcdef1234567890", "i-0abcdef1234567890")]
    [InlineData("i-12345678", "i-12345678")]
    [InlineData(" i-ABCDEF12 ", "i-ABCDEF12")]
    public void Instance_ids_are_written_as_given(string value, string expected) =>
        Assert.Equal(
            [(IndicatorField.AwsInstanceIds.Name, expected)],
            RecordingIndicatorWriter.Scan(IndicatorKind.AwsInstanceId, value));

    [Theory]
    [InlineData("")]
    [InlineData("i-")]
    [InlineData("i-xyz")]
    [InlineData("I-12345678")]
    [InlineData("0abcdef1")]
    [InlineData("i-1234 5678")]
    [InlineData("ami-12345678")]
    public void Anything_else_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.AwsInstanceId, value));
}
