using Panther.Tests.Shared;

namespace Panther.Rules.Tests.Detections;

/// <summary>
/// Address conditions on IPv6 values allocate nothing per event: the address is read into a <see cref="UInt128"/>
/// and classified with masks, not parsed into an <see cref="System.Net.IPAddress"/>.
/// </summary>
public class Ipv6DetectionAllocationTests
{
    private const string Detection = """
        Detection:
          - Key: ip
            Condition: IsIPv6Address
          - Any:
              - Key: ip
                Condition: IsIPAddressPublic
              - Key: ip
                Condition: IsIPAddressPrivate
          - Key: ip
            Condition: IsIPAddressInCIDR
            Values: [10.0.0.0/8, '2001:db8::/32', 'fc00::/7', '2607:f8b0::/32', '::ffff:10.0.0.0/104']

        """;

    private static readonly string[] Addresses =
    [
        "2001:db8::1", "2607:f8b0:4004:c07::6a", "fd12:3456:789a::1", "::ffff:10.1.2.3", "2001:DB8:0:0:0:0:0:FFFF",
    ];

    [Fact]
    public void Ipv6_address_conditions_allocate_nothing_per_event()
    {
        var rule = DetectionYaml.Compile(Detection);
        var events = Addresses.Select(a => RuleEvent.FromJson($$"""{"ip":"{{a}}"}""")).ToArray();
        var matched = 0;
        for (var i = 0; i < 100; i++)
        {
            matched += rule.Matches(events[i % events.Length]) ? 1 : 0;
        }

        var next = 0;
        var allocated = Allocations.Measure(() => matched += rule.Matches(events[next++ % events.Length]) ? 1 : 0);

        Assert.Equal(0, matched % events.Length);
        Assert.All(events, e => Assert.True(rule.Matches(e)));
        Assert.Equal(0, allocated);
    }
}
