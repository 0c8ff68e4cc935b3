using Panther.Parsing.Events;

namespace Panther.Rules.Tests.Events;

public class EventPathTests
{
    private static readonly RuleEvent Event = RuleEvent.FromJson("""
        {"a":{"b":[{"c":1},{"c":2,"d":"x"}]},"list":[[1,2],[3]],"name":"n","dotted.key":"dk"}
        """);

    [Fact]
    public void Dotted_path_with_an_index_finds_the_element_member()
    {
        Assert.Equal("2", EventPath.Parse("a.b[1].c").Find(Event).GetRawText());
    }

    [Fact]
    public void Wildcard_path_finds_the_first_value_it_reaches()
    {
        Assert.Equal("x", EventPath.Parse("a.b[*].d").Find(Event).GetString());
    }

    [Fact]
    public void Wildcard_path_visits_every_reached_value_until_the_predicate_holds()
    {
        var path = EventPath.Parse("list[*][*]");
        var seen = new List<string>();

        var found = path.Any(Event, seen, static (value, list) =>
        {
            list.Add(value.GetRawText());
            return value.GetRawText() == "3";
        });

        Assert.True(found);
        Assert.Equal(["1", "2", "3"], seen);
        Assert.True(path.HasWildcard);
    }

    [Fact]
    public void Missing_step_gives_a_missing_value()
    {
        Assert.False(EventPath.Parse("a.nope.c").Find(Event).Exists);
        Assert.False(EventPath.Parse("a.b[9].c").Find(Event).Exists);
        Assert.False(EventPath.Parse("name[0]").Find(Event).Exists);
    }

    [Fact]
    public void Keys_are_taken_literally_so_dotted_names_work()
    {
        Assert.Equal("dk", EventPath.FromKeys("dotted.key").Find(Event).GetString());
        Assert.False(EventPath.Parse("dotted.key").Find(Event).Exists);
    }

    [Fact]
    public void Standard_fields_of_a_test_event_are_found_through_the_event()
    {
        var evt = RuleEvent.FromJson("""{"p_log_type":"AWS.CloudTrail","p_any_ip_addresses":["1.2.3.4"]}""");

        Assert.Equal("1.2.3.4", EventPath.Parse("p_any_ip_addresses[0]").Find(evt).GetString());
    }

    [Fact]
    public void Find_from_a_value_starts_below_it()
    {
        var element = EventPath.Parse("a.b[1]").Find(Event);

        Assert.Equal("x", EventPath.Parse("d").Find(element).GetString());
    }

    [Fact]
    public void Segments_and_text_round_trip()
    {
        var path = EventPath.Parse("a.b[0].c[*]");

        Assert.Equal(
            [
                EventPathSegment.Member("a"), EventPathSegment.Member("b"), EventPathSegment.Index(0),
                EventPathSegment.Member("c"), EventPathSegment.Wildcard,
            ],
            path.Segments);
        Assert.Equal("a.b[0].c[*]", EventPath.FromSegments(path.Segments).Text);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("a..b", 2)]
    [InlineData("a.", 2)]
    [InlineData("a[x]", 2)]
    [InlineData("a[1", 1)]
    [InlineData("a]b", 1)]
    [InlineData("a[0]b", 4)]
    public void Malformed_paths_throw_with_the_position(string text, int position)
    {
        var error = Assert.Throws<FormatException>(() => EventPath.Parse(text));

        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_root_value_reaches_nothing()
    {
        Assert.False(EventPath.Parse("a").Any(default(EventValue), 0, static (_, _) => true));
    }
}
