using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class HostnameScannerTests
{
    private static readonly string Ips = IndicatorField.IpAddresses.Name;
    private static readonly string Domains = IndicatorField.DomainNames.Name;

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("::1")]
    public void Ip_addresses_go_to_the_ip_set(string value) =>
        Assert.Equal([(Ips, value)], RecordingIndicatorWriter.Scan(IndicatorKind.Hostname, value));

    [Fact]
    public void Ipv6_host_names_go_to_the_ip_set_in_canonical_form() =>
        Assert.Equal([(Ips, "2001:db8::1")], RecordingIndicatorWriter.Scan(IndicatorKind.Hostname, "2001:DB8::1"));

    [Theory]
    [InlineData("Example.COM", "example.com")]
    [InlineData(" ip-10-0-0-1.ec2.internal ", "ip-10-0-0-1.ec2.internal")]
    public void Host_names_go_to_the_domain_set(string value, string expected) =>
        Assert.Equal([(Domains, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Hostname, value));

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3.256")]
    [InlineData("01.2.3.4")]
    [InlineData("[::1]")]
    [InlineData("host name")]
    public void Values_that_are_neither_write_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Hostname, value));
}
