using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class DomainScannerTests
{
    private static readonly string Domains = IndicatorField.DomainNames.Name;

    [Theory]
    [InlineData("example.com", "example.com")]
    [InlineData("WWW.Example.COM", "www.example.com")]
    [InlineData("example.com.", "example.com")]
    [InlineData("  host-1.internal \t", "host-1.internal")]
    [InlineData("localhost", "localhost")]
    [InlineData("a", "a")]
    [InlineData("_dmarc.example.com", "_dmarc.example.com")]
    [InlineData("1password.com", "1password.com")]
    [InlineData("10.0.0.x", "10.0.0.x")]
    public void Host_names_are_written_lower_case(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Domain, value));

    [Theory]
    [InlineData("bücher.example", "bücher.example")]
    [InlineData("BÜCHER.Example", "bÜcher.example")]
    public void Unicode_names_keep_their_non_ascii_letters(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Domain, value));

    [Theory]
    [InlineData("xn--bcher-kva.example", "bücher.example")]
    [InlineData("XN--BCHER-KVA.Example", "bücher.example")]
    [InlineData("www.xn--mnchen-3ya.de.", "www.münchen.de")]
    public void Punycode_labels_are_decoded(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Domain, value));

    [Theory]
    [InlineData("xn--zz.example", "xn--zz.example")]
    [InlineData("XN--A.Com", "xn--a.com")]
    public void Invalid_punycode_is_kept_lower_case(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Domain, value));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("123")]
    [InlineData("1.2.3.4")]
    [InlineData("1.2.3.256")]
    [InlineData(".example.com")]
    [InlineData("-example.com")]
    [InlineData("exa mple.com")]
    [InlineData("example..com")]
    [InlineData("example.com..")]
    [InlineData("http://example.com")]
    [InlineData("user@example.com")]
    [InlineData("example.com/path")]
    [InlineData("example.com:80")]
    [InlineData("[example.com]")]
    public void Values_that_are_not_host_names_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Domain, value));

    [Fact]
    public void Name_of_253_bytes_is_accepted()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 63), 3)) + "." + new string('b', 61);

        var entries = RecordingIndicatorWriter.Scan(IndicatorKind.Domain, name);

        Assert.Equal(253, name.Length);
        Assert.Equal([(Domains, name)], entries);
    }

    [Fact]
    public void Name_of_254_bytes_is_rejected()
    {
        var name = string.Join('.', Enumerable.Repeat(new string('a', 63), 3)) + "." + new string('b', 62);

        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Domain, name));
    }

    [Fact]
    public void Invalid_utf8_writes_nothing() =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Domain, [(byte)'a', 0xC3, (byte)'.', (byte)'b']));
}
