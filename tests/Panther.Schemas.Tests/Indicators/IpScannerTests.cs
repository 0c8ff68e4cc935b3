using Panther.Schemas.Indicators;

namespace Panther.Schemas.Tests.Indicators;

public class IpScannerTests
{
    private static readonly string Ips = IndicatorField.IpAddresses.Name;

    [Theory]
    [InlineData("1.2.3.4")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("10.0.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("1::")]
    [InlineData("2001:db8::1")]
    [InlineData("1:2:3:4:5:6:7:8")]
    public void Valid_addresses_in_canonical_form_are_written_as_given(string value) =>
        Assert.Equal([(Ips, value)], RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Theory]
    [InlineData("2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329")]
    [InlineData("2001:DB8::A", "2001:db8::a")]
    [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
    [InlineData("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8")]
    [InlineData("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1")]
    [InlineData("2001:0:0:1:0:0:0:1", "2001:0:0:1::1")]
    [InlineData("0:0:0:0:0:0:0:0", "::")]
    [InlineData("FE80::0001%eth0", "fe80::1%eth0")]
    public void Ipv6_addresses_are_written_in_canonical_form(string value, string expected) =>
        Assert.Equal([(Ips, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Theory]
    [InlineData("::ffff:1.2.3.4", "::ffff:1.2.3.4")]
    [InlineData("::FFFF:192.0.2.1", "::ffff:192.0.2.1")]
    [InlineData("::1.2.3.4", "::102:304")]
    [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
    [InlineData("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304")]
    public void Ipv6_with_embedded_ipv4_is_accepted_and_only_mapped_addresses_keep_the_dots(string value,
        string expected) =>
        Assert.Equal([(Ips, expected)], RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Theory]
    [InlineData("fe80::1%eth0")]
    [InlineData("fe80::1%25")]
    [InlineData("fe80::a:b%enp0s3")]
    public void Ipv6_with_zone_is_accepted(string value) =>
        Assert.Equal([(Ips, value)], RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Fact]
    public void Surrounding_white_space_is_trimmed() =>
        Assert.Equal([(Ips, "10.0.0.1")], RecordingIndicatorWriter.Scan(IndicatorKind.Ip, " \t10.0.0.1\r\n"));

    [Theory]
    [InlineData("01.2.3.4")]
    [InlineData("1.2.3.04")]
    [InlineData("1.2.3.000")]
    [InlineData("::ffff:1.2.3.04")]
    public void Leading_zeros_in_ipv4_parts_are_rejected(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3.1000")]
    [InlineData("+1.2.3.4")]
    [InlineData("1.2.3.+4")]
    [InlineData("1..2.3")]
    [InlineData("1.2.3.4.")]
    [InlineData(".1.2.3")]
    [InlineData("1.2.3.-4")]
    [InlineData("1.2.3.4/24")]
    [InlineData("1.2.3.4:80")]
    [InlineData("1.2.3. 4")]
    [InlineData("example.com")]
    public void Invalid_ipv4_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));

    [Theory]
    [InlineData("[::1]")]
    [InlineData("[::1]:80")]
    [InlineData(":")]
    [InlineData(":::")]
    [InlineData(":1::")]
    [InlineData("1::2:")]
    [InlineData("1:::2")]
    [InlineData("1::2::3")]
    [InlineData("1:2:3:4:5:6:7")]
    [InlineData("1:2:3:4:5:6:7:8:9")]
    [InlineData("1:2:3:4:5:6:7:8::")]
    [InlineData("12345::")]
    [InlineData("g::1")]
    [InlineData("fe80::1%")]
    [InlineData("fe80::1%eth 0")]
    [InlineData("::ffff:1.2.3")]
    [InlineData("::1.2.3.4:5")]
    [InlineData("1.2.3.4::")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
    [InlineData("::1/128")]
    public void Invalid_ipv6_writes_nothing(string value) =>
        Assert.Empty(RecordingIndicatorWriter.Scan(IndicatorKind.Ip, value));
}
