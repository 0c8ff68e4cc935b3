using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class VerbatimScannerTests
{
    [Theory]
    [InlineData("root", "root")]
    [InlineData("  Alice Smith \r\n", "Alice Smith")]
    [InlineData("DOMAIN\\user", "DOMAIN\\user")]
    public void Usernames_are_written_trimmed(string value, string expected) =>
        Assert.Equal(
            [(IndicatorField.Usernames.Name, expected)],
            RecordingIndicatorWriter.Scan(IndicatorKind.Username, value));

    [Fact]
    public void Trace_ids_go_to_the_trace_id_set() =>
        Assert.Equal(
            [(IndicatorField.TraceIds.Name, "1-5759e988-bd862e3fe1be46a994272793")],
            RecordingIndicatorWriter.Scan(IndicatorKind.TraceId, "1-5759e988-bd862e3fe1be46a994272793"));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n")]
    public void Blank_values_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Username, value));
}
