using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class EmailScannerTests
{
    [Theory]
    [InlineData("Alice@Example.com", "Alice@Example.com")]
    [InlineData("a@b", "a@b")]
    [InlineData(" first.last+tag@example.co.uk\n", "first.last+tag@example.co.uk")]
    [InlineData("josé@exämple.com", "josé@exämple.com")]
    public void Addresses_are_written_as_given(string value, string expected) =>
        Assert.Equal(
            [(IndicatorField.Emails.Name, expected)],
            RecordingIndicatorWriter.Scan(IndicatorKind.Email, value));

    [Theory]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("@example.com")]
    [InlineData("alice@")]
    [InlineData("alice")]
    [InlineData("al ice@example.com")]
    [InlineData("alice@exa\tmple.com")]
    public void Values_that_are_not_addresses_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Email, value));
}
