using System.Text;
using Panther.Parsing.Json;

namespace Panther.Parsing.Tests.Json;

public class JsonTextTests
{
    [Theory]
    [InlineData(@"plain", "plain", true)]
    [InlineData(@"a\""b\\c\/d", "a\"b\\c/d", true)]
    [InlineData(@"\b\f\n\r\t", "\b\f\n\r\t", true)]
    [InlineData(@"caf\u00e9 \u20AC", "café €", true)]
    [InlineData(@"\ud83d\ude00!", "😀!", true)]
    [InlineData(@"lone \ud83d here", "lone \uFFFD here", false)]
    [InlineData(@"lone \ude00", "lone \uFFFD", false)]
    public void Escapes_are_decoded_and_lone_surrogates_become_replacement_characters(string escaped,
        string expected, bool valid)
    {
        var input = Encoding.UTF8.GetBytes(escaped);
        var output = new byte[input.Length];

        var ok = JsonText.TryUnescape(input, output, out var written);

        Assert.Equal(valid, ok);
        Assert.Equal(expected, Encoding.UTF8.GetString(output, 0, written));
    }

    [Fact]
    public void Minify_removes_white_space_between_tokens_but_not_inside_strings()
    {
        var input = Encoding.UTF8.GetBytes("{\n  \"a b\" : [ 1,\r\n 2 ],\t\"c\": \"x \\\" y\"\n}");
        var output = new byte[input.Length];

        var written = JsonText.Minify(input, output);

        Assert.Equal("{\"a b\":[1,2],\"c\":\"x \\\" y\"}", Encoding.UTF8.GetString(output, 0, written));
    }

    [Theory]
    [InlineData("123", true, 123L)]
    [InlineData("-9223372036854775808", true, long.MinValue)]
    [InlineData("9223372036854775808", false, 0L)]
    [InlineData("1.5", false, 0L)]
    [InlineData("", false, 0L)]
    public void Integers_must_be_whole_and_in_range(string text, bool ok, long expected)
    {
        Assert.Equal(ok, JsonText.TryParseInt64(Encoding.UTF8.GetBytes(text), out var value));
        if (ok)
        {
            Assert.Equal(expected, value);
        }
    }

    [Theory]
    [InlineData("18446744073709551615", true, ulong.MaxValue)]
    [InlineData("9223372036854775808", true, 9223372036854775808UL)]
    [InlineData("18446744073709551616", false, 0UL)]
    [InlineData("-1", false, 0UL)]
    public void Unsigned_integers_cover_the_whole_unsigned_range(string text, bool ok, ulong expected)
    {
        Assert.Equal(ok, JsonText.TryParseUInt64(Encoding.UTF8.GetBytes(text), out var value));
        if (ok)
        {
            Assert.Equal(expected, value);
        }
    }

    [Theory]
    [InlineData("1.5e3", true, 1500d)]
    [InlineData("1e400", false, 0d)]
    [InlineData("abc", false, 0d)]
    public void Doubles_must_be_finite(string text, bool ok, double expected)
    {
        Assert.Equal(ok, JsonText.TryParseDouble(Encoding.UTF8.GetBytes(text), out var value));
        if (ok)
        {
            Assert.Equal(expected, value);
        }
    }
}
