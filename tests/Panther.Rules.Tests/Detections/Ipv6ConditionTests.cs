namespace Panther.Rules.Tests.Detections;

/// <summary>Address conditions on IPv6 values, which are read into integers and compared with masks.</summary>
public class Ipv6ConditionTests
{
    [Theory]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fc00::1", true)]
    [InlineData("fdff:ffff::1", true)]
    [InlineData("fe80::1%eth0", true)]
    [InlineData("febf:ffff::1", true)]
    [InlineData("fec0::1", true)]
    [InlineData("feff::1", true)]
    [InlineData("2001:db8::1", true)]
    [InlineData("2001:DB8:FFFF::1", true)]
    [InlineData("::ffff:10.1.2.3", true)]
    [InlineData("::ffff:192.168.0.1", true)]
    [InlineData("::2", false)]
    [InlineData("fbff::1", false)]
    [InlineData("fe00::1", false)]
    [InlineData("2001:db9::1", false)]
    [InlineData("2607:f8b0:4004:c07::6a", false)]
    [InlineData("::ffff:8.8.8.8", false)]
    [InlineData("::ffff:100.64.0.1", false)]
    [InlineData("::10.1.2.3", false)]
    public void Ipv6_addresses_are_private_or_public(string address, bool isPrivate)
    {
        var evt = Event(address);

        Assert.Equal(isPrivate, DetectionYaml.Matches("{Key: ip, Condition: IsIPAddressPrivate}", evt));
        Assert.Equal(!isPrivate, DetectionYaml.Matches("{Key: ip, Condition: IsIPAddressPublic}", evt));
        Assert.True(DetectionYaml.Matches("{Key: ip, Condition: IsIPv6Address}", evt));
        Assert.True(DetectionYaml.Matches("{Key: ip, Condition: IsIPAddress}", evt));
        Assert.False(DetectionYaml.Matches("{Key: ip, Condition: IsIPv4Address}", evt));
    }

    // IPNetwork.Contains said ::/64 does not hold ::ffff:10.1.2.3 (.NET 10.0); the masks give the arithmetic answer.
    [Theory]
    [InlineData("2001:db8::1", "'2001:db8::/32'", true)]
    [InlineData("2001:db9::1", "'2001:db8::/32'", false)]
    [InlineData("2001:db8::1", "'2001:db8::1/128'", true)]
    [InlineData("2001:db8::2", "'2001:db8::1/128'", false)]
    [InlineData("fdff::1", "'fc00::/7'", true)]
    [InlineData("fe00::1", "'fc00::/7'", false)]
    [InlineData("FE80::ABCD%eth0", "'fe80::/10'", true)]
    [InlineData("2607:f8b0::1", "'::/0'", true)]
    [InlineData("::ffff:10.1.2.3", "'::ffff:10.0.0.0/104'", true)]
    [InlineData("::ffff:10.1.2.3", "'::/64'", true)]
    [InlineData("::ffff:10.1.2.3", "10.0.0.0/8", false)]
    [InlineData("10.1.2.3", "'::ffff:10.0.0.0/104'", false)]
    [InlineData("2001:db8::1", "[10.0.0.0/8, '2607:f8b0::/32', '2001:db8:0:1::/64']", false)]
    [InlineData("2001:db8:0:1::1", "[10.0.0.0/8, '2607:f8b0::/32', '2001:db8:0:1::/64']", true)]
    [InlineData("[2001:db8::1]", "'2001:db8::/32'", false)]
    public void Ipv6_addresses_are_matched_against_networks(string address, string networks, bool inside)
    {
        var evt = Event(address);
        var values = networks.StartsWith('[') ? networks : $"[{networks}]";

        Assert.Equal(inside,
            DetectionYaml.Matches($"{{Key: ip, Condition: IsIPAddressInCIDR, Values: {values}}}", evt));
        Assert.Equal(!inside,
            DetectionYaml.Matches($"{{Key: ip, Condition: IsIPAddressNotInCIDR, Values: {values}}}", evt));
    }

    [Theory]
    [InlineData("[::1]")]
    [InlineData("::1 ")]
    [InlineData("fe80::1%")]
    [InlineData("1::2::3")]
    [InlineData("2001:db8::g")]
    public void Text_that_is_not_a_plain_ipv6_literal_is_not_an_address(string text)
    {
        var evt = Event(text);

        Assert.False(DetectionYaml.Matches("{Key: ip, Condition: IsIPAddress}", evt));
        Assert.False(DetectionYaml.Matches("{Key: ip, Condition: IsIPAddressPrivate}", evt));
        Assert.False(DetectionYaml.Matches("{Key: ip, Condition: IsIPAddressPublic}", evt));
    }

    private static string Event(string address) => $$"""{"ip":"{{address}}"}""";
}
