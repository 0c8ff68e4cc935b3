using System.Text;
using System.Text.Json;
using Panther.Parsing.Json;

namespace Panther.Parsing.Tests.Json;

public class JsonTokenIndexTests
{
    [Fact]
    public void Containers_record_their_extent_child_count_and_next_sibling()
    {
        var json = Encoding.UTF8.GetBytes("""{"a":[1,{"b":"x\"y"}],"c":null}""");
        var index = new JsonTokenIndex();

        Assert.True(index.TryIndex(json, 64, out var error), error);

        var tokens = index.Tokens.ToArray();
        Assert.Equal(
            [JsonTokenType.StartObject, JsonTokenType.PropertyName, JsonTokenType.StartArray, JsonTokenType.Number,
                JsonTokenType.StartObject, JsonTokenType.PropertyName, JsonTokenType.String,
                JsonTokenType.PropertyName, JsonTokenType.Null],
            tokens.Select(t => t.Type));
        Assert.Equal(2, tokens[0].Count);
        Assert.Equal(json.Length, tokens[0].Length);
        Assert.Equal(9, tokens[0].Next);
        Assert.Equal(2, tokens[2].Count);
        Assert.Equal(7, tokens[2].Next);
        Assert.Equal("[1,{\"b\":\"x\\\"y\"}]", Encoding.UTF8.GetString(json, tokens[2].Start, tokens[2].Length));
        Assert.True(tokens[6].IsEscaped);
        Assert.Equal("x\\\"y", Encoding.UTF8.GetString(json, tokens[6].Start, tokens[6].Length));
    }

    [Theory]
    [InlineData("""{"a":1""", "invalid JSON at byte")]
    [InlineData("""{"a":1}{"b":2}""", "invalid JSON at byte 7")]
    [InlineData("not json", "invalid JSON at byte 1")]
    [InlineData("   ", "invalid JSON")]
    public void Invalid_documents_are_rejected_with_the_byte_position(string text, string expected)
    {
        var index = new JsonTokenIndex();

        Assert.False(index.TryIndex(Encoding.UTF8.GetBytes(text), 64, out var error));

        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_without_throwing()
    {
        var json = new string('[', 300) + new string(']', 300);
        var index = new JsonTokenIndex();

        Assert.False(index.TryIndex(Encoding.UTF8.GetBytes(json), 256, out var error));

        Assert.Contains("depth", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_is_rejected()
    {
        byte[] json = [.. "{\"a\":\""u8, 0xC3, 0x28, .. "\"}"u8];
        var index = new JsonTokenIndex();

        Assert.False(index.TryIndex(json, 64, out var error));

        Assert.Equal("invalid UTF-8 at byte 6 of the record", error);
    }
}
