using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class UrlScannerTests
{
    private static readonly string Urls = IndicatorField.Urls.Name;
    private static readonly string Ips = IndicatorField.IpAddresses.Name;
    private static readonly string Domains = IndicatorField.DomainNames.Name;

    [Theory]
    [InlineData("https://example.com/path?q=1", "example.com")]
    [InlineData("HTTPS://User:Pass@Example.COM:8443/x", "example.com")]
    [InlineData("https://example.com", "example.com")]
    [InlineData("https://example.com#top", "example.com")]
    [InlineData("https://example.com?x=1", "example.com")]
    [InlineData("https://a@b@example.com/", "example.com")]
    [InlineData("git+ssh://git@github.com/org/repo.git", "github.com")]
    [InlineData("s3://my_bucket/key", "my_bucket")]
    public void Url_and_its_domain_host_are_written(string url, string host) =>
        Assert.Equal([(Urls, url), (Domains, host)], RecordingIndicatorWriter.Scan(IndicatorKind.Url, url));

    [Theory]
    [InlineData("http://10.0.0.1:8080/", "10.0.0.1")]
    [InlineData("http://10.0.0.1", "10.0.0.1")]
    [InlineData("http://[::1]:8080/", "::1")]
    [InlineData("http://[2001:db8::1]/index.html", "2001:db8::1")]
    [InlineData("http://[fe80::1%25eth0]/", "fe80::1%25eth0")]
    public void Url_and_its_ip_host_are_written(string url, string host) =>
        Assert.Equal([(Urls, url), (Ips, host)], RecordingIndicatorWriter.Scan(IndicatorKind.Url, url));

    [Fact]
    public void Surrounding_white_space_is_trimmed() =>
        Assert.Equal(
            [(Urls, "https://example.com/"), (Domains, "example.com")],
            RecordingIndicatorWriter.Scan(IndicatorKind.Url, "  https://example.com/\n"));

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://-bad-/")]
    [InlineData("http://[::1/")]
    [InlineData("http://user@/")]
    public void Url_without_a_valid_host_writes_only_the_url(string url) =>
        Assert.Equal([(Urls, url)], RecordingIndicatorWriter.Scan(IndicatorKind.Url, url));

    [Theory]
    [InlineData("")]
    [InlineData("example.com/path")]
    [InlineData("www.example.com")]
    [InlineData("mailto:alice@example.com")]
    [InlineData("://example.com")]
    [InlineData("1http://example.com")]
    [InlineData("ht tp://example.com")]
    [InlineData("see http://example.com")]
    [InlineData("http:/example.com")]
    public void Value_without_a_scheme_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Url, value));

    [Fact]
    public void Invalid_utf8_writes_nothing() =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Url, [.. "http://a.com/"u8, 0xFF]));
}
