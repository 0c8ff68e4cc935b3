using Panther.Parsing.Osquery;

namespace Panther.Parsing.Tests.Osquery;

public class OsqueryTextTests
{
    [Theory]
    [InlineData(@"Microsoft\xC2\xAE", "Microsoft®")]
    [InlineData(@"\xF0\x9F\x9A\xB2", "🚲")]
    [InlineData(@"host-\xf0\x9f\x9a\xb2.local", "host-🚲.local")]
    [InlineData(@"caf\xC3\xA9 \xE2\x82\xAC5", "café €5")]
    [InlineData(@"\xC2\xAE\xC2\xAE", "®®")]
    public void Runs_that_spell_utf8_characters_are_decoded(string text, string expected) =>
        Assert.Equal(expected, OsqueryText.DecodeHexEscapes(text));

    [Theory]
    [InlineData(@"C:\x41pps\x64ata")]
    [InlineData(@"\xFF\xFE")]
    [InlineData(@"\xC2")]
    [InlineData(@"\x9F\x9A")]
    [InlineData(@"\xC0\xAF")]
    [InlineData(@"\xED\xA0\x80")]
    [InlineData(@"\xZZ and \x4 and \x")]
    [InlineData(@"trailing \")]
    [InlineData("")]
    public void Escapes_of_ascii_and_invalid_bytes_are_left_as_written(string text) =>
        Assert.Equal(text, OsqueryText.DecodeHexEscapes(text));

    [Fact]
    public void Valid_sequences_are_decoded_and_invalid_bytes_around_them_kept()
    {
        Assert.Equal(@"\xFF®\xC2", OsqueryText.DecodeHexEscapes(@"\xFF\xC2\xAE\xC2"));
    }

    [Fact]
    public void Text_without_escapes_is_returned_as_the_same_instance()
    {
        var text = "plain text";

        Assert.Same(text, OsqueryText.DecodeHexEscapes(text));
    }

    [Fact]
    public void A_long_run_of_escapes_is_decoded_whole()
    {
        var text = string.Concat(Enumerable.Repeat(@"\xC2\xAE", 400));

        Assert.Equal(new string('®', 400), OsqueryText.DecodeHexEscapes(text));
    }

    [Fact]
    public void Null_is_rejected() => Assert.Throws<ArgumentNullException>(() => OsqueryText.DecodeHexEscapes(null!));
}
