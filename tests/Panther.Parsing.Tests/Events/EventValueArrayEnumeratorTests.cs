using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Events;

public sealed class EventValueArrayEnumeratorTests
{
    [Fact]
    public void Elements_are_visited_in_order_including_nested_containers()
    {
        var root = EventDocument.Parse("""{"a":[1,{"b":[2,3]},"x",[4]]}""").Root;

        var kinds = new List<string>();
        foreach (var element in root["a"].EnumerateElements())
        {
            kinds.Add(element.GetRawText());
        }

        Assert.Equal(["1", """{"b":[2,3]}""", "\"x\"", "[4]"], kinds);
    }

    [Fact]
    public void Non_arrays_and_missing_values_have_no_elements()
    {
        var root = EventDocument.Parse("""{"a":{"b":1},"e":[]}""").Root;

        Assert.False(root["a"].EnumerateElements().MoveNext());
        Assert.False(root["missing"].EnumerateElements().MoveNext());
        Assert.False(root["e"].EnumerateElements().MoveNext());
    }

    [Fact]
    public void Enumerating_does_not_allocate()
    {
        var root = EventDocument.Parse("""{"a":[1,2,3,4,5,6,7,8]}""").Root;
        var total = Sum(root);

        var allocated = Allocations.Measure(() => total += Sum(root));

        Assert.Equal(0, allocated);
        Assert.Equal(36, Sum(root));
        Assert.Equal(0, total % 36);
    }

    private static long Sum(EventValue root)
    {
        long sum = 0;
        foreach (var element in root["a"].EnumerateElements())
        {
            sum += element.TryGetInt64(out var value) ? value : 0;
        }

        return sum;
    }
}
