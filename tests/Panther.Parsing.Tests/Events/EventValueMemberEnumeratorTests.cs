using System.Text;
using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.Events;

public sealed class EventValueMemberEnumeratorTests
{
    [Fact]
    public void Members_are_visited_in_order_with_duplicates_and_escaped_names()
    {
        var root = EventDocument.Parse("""{"o":{"b":1,"a\u0062":{"x":[2]},"b":"two","é":null}}""").Root;

        var members = new List<(string Name, string Raw, string Value)>();
        foreach (var member in root["o"].EnumerateMembers())
        {
            members.Add((member.GetName(), Encoding.UTF8.GetString(member.RawName), member.Value.GetRawText()));
        }

        Assert.Equal(
            [("b", "b", "1"), ("ab", "a\\u0062", """{"x":[2]}"""), ("b", "b", "\"two\""), ("é", "é", "null")],
            members);
    }

    [Fact]
    public void Non_objects_and_missing_values_have_no_members()
    {
        var root = EventDocument.Parse("""{"a":[{"b":1}],"s":"text","e":{}}""").Root;

        Assert.False(root["a"].EnumerateMembers().MoveNext());
        Assert.False(root["s"].EnumerateMembers().MoveNext());
        Assert.False(root["missing"].EnumerateMembers().MoveNext());
        Assert.False(root["e"].EnumerateMembers().MoveNext());
    }

    [Fact]
    public void Names_compare_and_copy_unescaped()
    {
        var member = First(EventDocument.Parse("""{"a\u0062c":1}""").Root);
        Span<char> room = stackalloc char[8];

        Assert.True(member.NameEquals("abc"u8));
        Assert.False(member.NameEquals("a\\u0062c"u8));
        Assert.True(member.TryCopyName(room, out var written));
        Assert.Equal("abc", room[..written].ToString());
        Assert.False(member.TryCopyName(room[..2], out written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void A_default_member_has_an_empty_name_and_no_value()
    {
        var member = default(EventMember);

        Assert.Equal("", member.GetName());
        Assert.True(member.RawName.IsEmpty);
        Assert.False(member.NameEquals(""u8));
        Assert.False(member.TryCopyName(new char[4], out _));
        Assert.False(member.Value.Exists);
    }

    [Fact]
    public void Enumerating_and_copying_names_does_not_allocate()
    {
        var root = EventDocument.Parse("""{"alpha":1,"b\u0065ta":2,"gamma":3}""").Root;
        var buffer = new char[16];
        var total = NameLengths(root, buffer);

        var allocated = Allocations.Measure(() => total += NameLengths(root, buffer));

        Assert.Equal(0, allocated);
        Assert.Equal(14, NameLengths(root, buffer));
        Assert.Equal(0, total % 14);
    }

    private static EventMember First(EventValue value)
    {
        var members = value.EnumerateMembers();
        Assert.True(members.MoveNext());
        return members.Current;
    }

    private static int NameLengths(EventValue root, char[] buffer)
    {
        var sum = 0;
        foreach (var member in root.EnumerateMembers())
        {
            sum += member.TryCopyName(buffer, out var written) ? written : 100;
        }

        return sum;
    }
}
