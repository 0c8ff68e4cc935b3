using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class MacAddressScannerTests
{
    [Theory]
    [InlineData("00:1a:2b:3c:4d:5e")]
    [InlineData("00:1A:2B:3C:4D:5E")]
    [InlineData("00-1a-2b-3c-4d-5e")]
    [InlineData("00-1A-2B-3C-4D-5E")]
    [InlineData("001a.2b3c.4d5e")]
    [InlineData("001A.2B3C.4D5E")]
    [InlineData(" 00:1a:2b:3c:4d:5e\n")]
    public void Mac_addresses_are_written_lower_case_with_colons(string value) =>
        Assert.Equal(
            [(IndicatorField.MacAddresses.Name, "00:1a:2b:3c:4d:5e")],
            RecordingIndicatorWriter.Scan(IndicatorKind.MacAddress, value));

    [Theory]
    [InlineData("")]
    [InlineData("00:1a:2b:3c:4d")]
    [InlineData("00:1a:2b:3c:4d:5e:6f")]
    [InlineData("00:1a-2b:3c:4d:5e")]
    [InlineData("00:1a:2b:3c:4d:5g")]
    [InlineData("001a2b3c4d5e")]
    [InlineData("001a:2b3c:4d5e")]
    [InlineData("00.1a.2b.3c.4d.5e")]
    [InlineData("0:1a:2b:3c:4d:5e0")]
    public void Anything_else_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.MacAddress, value));
}
