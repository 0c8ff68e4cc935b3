using Panther.Parsing.Okta;

namespace Panther.Parsing.Tests.Okta;

public class OktaRiskTests
{
    [Theory]
    [InlineData("{reasons=Anomalous Device, Anomalous Location, level=MEDIUM}", "MEDIUM",
        new[] { "Anomalous Device", "Anomalous Location" })]
    [InlineData("{level=LOW}", "LOW", new string[0])]
    [InlineData("{level=HIGH, reasons=New IP}", "HIGH", new[] { "New IP" })]
    [InlineData("level=HIGH, reasons=New Geo-Location, New Device", "HIGH",
        new[] { "New Geo-Location", "New Device" })]
    [InlineData("{ Level = medium , Reasons = [New City, New State] }", "medium", new[] { "New City", "New State" })]
    [InlineData("{reasons=Velocity, level=HIGH, detectedBy=ITP}", "HIGH", new[] { "Velocity" })]
    [InlineData("{reasons=, level=LOW}", "LOW", new string[0])]
    [InlineData("{extra={a=1, b=2}, level=LOW}", "LOW", new string[0])]
    public void The_level_and_reasons_are_read_whatever_the_order_and_commas(string text, string level,
        string[] reasons)
    {
        Assert.True(OktaRisk.TryParse(text, out var actualLevel, out var actualReasons));

        Assert.Equal(level, actualLevel);
        Assert.Equal(reasons, actualReasons);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{}")]
    [InlineData("{reasons=Anomalous Device}")]
    [InlineData("{level=}")]
    [InlineData("LOW")]
    [InlineData("{\"level\":\"LOW\"}")]
    [InlineData("}{=,,=")]
    [InlineData("{{{[[[")]
    public void Text_without_a_level_gives_false_and_never_throws(string? text)
    {
        Assert.False(OktaRisk.TryParse(text, out var level, out var reasons));

        Assert.Null(level);
        Assert.NotNull(reasons);
    }

    [Fact]
    public void Reasons_are_returned_even_when_the_level_is_missing()
    {
        Assert.False(OktaRisk.TryParse("{reasons=New Device, New IP}", out _, out var reasons));

        Assert.Equal(["New Device", "New IP"], reasons);
    }
}
