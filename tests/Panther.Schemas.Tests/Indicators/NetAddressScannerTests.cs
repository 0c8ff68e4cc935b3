using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class NetAddressScannerTests
{
    private static readonly string Ips = IndicatorField.IpAddresses.Name;
    private static readonly string Domains = IndicatorField.DomainNames.Name;

    [Theory]
    [InlineData("10.0.0.1:443", "10.0.0.1")]
    [InlineData("10.0.0.1", "10.0.0.1")]
    [InlineData("10.0.0.1:0", "10.0.0.1")]
    [InlineData("10.0.0.1:65535", "10.0.0.1")]
    [InlineData("[::1]:8080", "::1")]
    [InlineData("[2001:db8::1]", "2001:db8::1")]
    [InlineData("2001:db8::1", "2001:db8::1")]
    [InlineData("::1", "::1")]
    [InlineData("fe80::1%eth0", "fe80::1%eth0")]
    [InlineData(" 192.168.1.1:22 ", "192.168.1.1")]
    public void Ip_host_is_written_without_the_port(string value, string expected) =>
        Assert.Equal([(Ips, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.NetAddress, value));

    [Theory]
    [InlineData("example.com:80", "example.com")]
    [InlineData("Example.com", "example.com")]
    [InlineData("[Example.com]:80", "example.com")]
    public void Domain_host_is_written_without_the_port(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.NetAddress, value));

    [Theory]
    [InlineData("")]
    [InlineData(":80")]
    [InlineData("example.com:http")]
    [InlineData("10.0.0.1:70000")]
    [InlineData("10.0.0.1:123456")]
    [InlineData("10.0.0.1:")]
    [InlineData("10.0.0.1:-1")]
    [InlineData("[::1")]
    [InlineData("[::1]x")]
    [InlineData("[::1]:")]
    [InlineData("[::1]:port")]
    [InlineData("1.2.3.256:80")]
    public void Invalid_addresses_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.NetAddress, value));
}
