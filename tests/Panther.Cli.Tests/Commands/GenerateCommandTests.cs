using System.Text;

namespace Panther.Cli.Tests.Commands;

public class GenerateCommandTests
{
    [Fact]
    public async Task Generated_cloudtrail_events_are_deterministic_and_parse_cleanly()
    {
        var first = await CliRun.RunAsync("generate", "--log-type", "AWS.CloudTrail", "--count", "300", "--seed", "7");
        var again = await CliRun.RunAsync("generate", "--log-type", "AWS.CloudTrail", "--count", "300", "--seed", "7");
        var other = await CliRun.RunAsync("generate", "--log-type", "AWS.CloudTrail", "--count", "300", "--seed", "8");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(300, first.OutputLines.Length);
        Assert.Equal(first.Stdout, again.Stdout);
        Assert.NotEqual(first.Stdout, other.Stdout);

        var parsed = await CliRun.RunWithInputAsync(Encoding.UTF8.GetBytes(first.Stdout), "parse", "-");

        Assert.Equal(0, parsed.ExitCode);
        Assert.Equal(300, parsed.OutputLines.Length);
        Assert.All(parsed.OutputLines, l => Assert.Contains("\"p_log_type\":\"AWS.CloudTrail\"", l,
            StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.OutputLines, l => l.Contains("p_parse_errors", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Okta.SystemLog")]
    [InlineData("Osquery.Differential")]
    [InlineData("Osquery.Status")]
    [InlineData("Suricata.Alert")]
    [InlineData("Suricata.Other")]
    [InlineData("AWS.CloudTrailDigest")]
    public async Task Generated_events_of_other_families_parse_cleanly_into_their_type(string logType)
    {
        var generated = await CliRun.RunAsync("generate", "--log-type", logType, "--count", "100", "--seed", "3");

        var parsed = await CliRun.RunWithInputAsync(Encoding.UTF8.GetBytes(generated.Stdout), "parse", "-");

        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(0, parsed.ExitCode);
        Assert.Equal(100, parsed.OutputLines.Length);
        Assert.All(parsed.OutputLines, l => Assert.Contains($"\"p_log_type\":\"{logType}\"", l,
            StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.OutputLines, l => l.Contains("p_parse_errors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_log_type_is_a_usage_error_listing_the_available_ones()
    {
        var run = await CliRun.RunAsync("generate", "--log-type", "Custom.Nope", "--count", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Available: ", run.Stderr, StringComparison.Ordinal);
        foreach (var logType in new[] { "AWS.CloudTrail", "Okta.SystemLog", "Osquery.Snapshot", "Suricata.DNS" })
        {
            Assert.Contains(logType, run.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_negative_count_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("generate", "--log-type", "AWS.CloudTrail", "--count", "-1");

        Assert.Equal(2, run.ExitCode);
    }
}
