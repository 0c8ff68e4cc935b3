using Panther.Rules.Destinations;

namespace Panther.Rules.Tests.Destinations;

public sealed class AlertSummaryTextTests
{
    [Fact]
    public void Each_attribute_is_a_line_of_values_with_counts()
    {
        Assert.Equal("sourceIPAddress: 203.0.113.9 (2), 198.51.100.4 (1)\nuserAgent: curl/8.0 <x> (3)",
            AlertSummaryText.Format(AlertSamples.Summary));
    }

    [Fact]
    public void Values_past_the_shown_ones_and_others_are_counted_as_more()
    {
        var values = string.Join(",", Enumerable.Range(0, 7).Select(i => $$"""{"value":"v{{i}}","count":1}"""));
        var json = "{\"events\":9,\"attributes\":{\"a\":[" + values
            + ",{\"value\":null,\"count\":2,\"other\":true}]}}";

        Assert.Equal("a: v0 (1), v1 (1), v2 (1), v3 (1), v4 (1), 3 more", AlertSummaryText.Format(json));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"events":0,"attributes":{}}""")]
    [InlineData("""{"events":0,"attributes":{"a":[]}}""")]
    public void No_summary_gives_no_text(string? json)
    {
        Assert.Null(AlertSummaryText.Format(json));
    }
}
