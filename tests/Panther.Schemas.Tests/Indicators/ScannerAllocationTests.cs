using System.Text;
using Panther.Schemas.Indicators;
using Panther.Tests.Shared;

namespace Panther.Schemas.Tests.Indicators;

public class ScannerAllocationTests
{
    private const int Iterations = 1_000;

    [Theory]
    [InlineData("ip", "192.168.10.20")]
    [InlineData("ip", "2001:db8::ffff:1.2.3.4")]
    [InlineData("hostname", "WWW.Example.COM.")]
    [InlineData("hostname", "10.0.0.1")]
    [InlineData("domain", "mail.example.org")]
    [InlineData("aws_arn", "arn:aws:ec2:us-east-1:123456789012:instance/i-0abcdef1234567890")]
    [InlineData("md5", "D41D8CD98F00B204E9800998ECF8427E")]
    [InlineData("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("url", "https://user@Example.com:8443/path?q=1#frag")]
    [InlineData("url", "http://[::1]:8080/")]
    [InlineData("net_addr", "example.com:443")]
    [InlineData("mac", "00-1A-2B-3C-4D-5E")]
    [InlineData("email", "alice@example.com")]
    [InlineData("aws_tag", "env:prod")]
    [InlineData("username", "root")]
    public void Scanning_a_valid_value_allocates_nothing(string kindName, string value)
    {
        Assert.True(IndicatorKind.TryGet(kindName, out var kind));
        var scanner = kind.Scanner;
        var bytes = Encoding.UTF8.GetBytes(value);
        var writer = new CountingIndicatorWriter();
        scanner.Scan(bytes, writer);
        var written = writer.Count;

        var allocated = Allocations.Measure(() => scanner.Scan(bytes, writer), Iterations);

        Assert.True(written > 0);
        Assert.Equal(written * (Iterations + 1), writer.Count);
        Assert.Equal(0, allocated);
    }
}
