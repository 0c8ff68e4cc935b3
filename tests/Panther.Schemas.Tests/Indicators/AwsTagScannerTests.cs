using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class AwsTagScannerTests
{
    [Theory]
    [InlineData("env:prod", "env:prod")]
    [InlineData("aws:cloudformation:stack-name:my-stack", "aws:cloudformation:stack-name:my-stack")]
    [InlineData("team:", "team:")]
    [InlineData("  Owner:Alice Smith  ", "Owner:Alice Smith")]
    public void Key_value_tags_are_written_as_given(string value, string expected) =>
        Assert.Equal(
            [(IndicatorField.AwsTags.Name, expected)],
            RecordingIndicatorWriter.Scan(IndicatorKind.AwsTag, value));

    [Theory]
    [InlineData("")]
    [InlineData(":prod")]
    [InlineData("  :prod")]
    [InlineData("no-colon")]
    public void Values_without_a_key_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.AwsTag, value));
}
