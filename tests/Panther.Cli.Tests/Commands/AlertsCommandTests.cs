using System.Text.Json;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class AlertsCommandTests : IDisposable
{
    private readonly DirectoryInfo _lake = Directory.CreateTempSubdirectory("panther-cli-alerts-");

    public void Dispose() => _lake.Delete(recursive: true);

    [Fact]
    public async Task Alerts_are_listed_with_their_summaries_as_the_alerts_view_holds_them()
    {
        await RunSamplesAsync();

        var alerts = await CliRun.RunAsync("alerts", "--lake", _lake.FullName, "--format", "json");

        Assert.Equal(0, alerts.ExitCode);
        var rows = alerts.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expected = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT alert_id, event_count FROM alerts ORDER BY update_time DESC, alert_id");
        Assert.Equal(expected.OutputLines.Skip(1),
            rows.Select(r => $"{r.GetProperty("alert_id").GetString()},{r.GetProperty("event_count")}"));
        var root = Assert.Single(rows, r => r.GetProperty("rule_id").GetString() == "AWS.CloudTrail.RootConsoleLogin");
        var summary = root.GetProperty("summary");
        Assert.Equal(root.GetProperty("event_count").GetInt64(), summary.GetProperty("events").GetInt64());
        Assert.Equal("203.0.113.77",
            summary.GetProperty("attributes").GetProperty("sourceIPAddress")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Severity_and_rule_filters_select_alerts()
    {
        await RunSamplesAsync();

        var high = await CliRun.RunAsync("alerts", "--lake", _lake.FullName, "--format", "csv", "--severity", "high");
        var oneRule = await CliRun.RunAsync("alerts", "--lake", _lake.FullName, "--format", "csv",
            "--rule", "AWS.CloudTrail.RootConsoleLogin");

        var expected = await CliRun.RunAsync("query", "--lake", _lake.FullName, "--format", "csv",
            "SELECT count(*) FROM alerts WHERE severity IN ('HIGH', 'CRITICAL')");
        var severities = high.OutputLines.Skip(1).Select(l => l.Split(',')[1]).ToList();
        Assert.Equal(int.Parse(expected.OutputLines[1], System.Globalization.CultureInfo.InvariantCulture),
            severities.Count);
        Assert.NotEmpty(severities);
        Assert.All(severities, s => Assert.Contains(s, new[] { "HIGH", "CRITICAL" }));
        var line = Assert.Single(oneRule.OutputLines.Skip(1));
        Assert.Equal("AWS.CloudTrail.RootConsoleLogin", line.Split(',')[2]);
        Assert.Contains("sourceIPAddress: 203.0.113.77 (1)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lake_without_alerts_lists_none()
    {
        await CliRun.RunAsync("run", "--lake", _lake.FullName, TestCorpus.SamplesPath("logs", "okta"));

        var alerts = await CliRun.RunAsync("alerts", "--lake", _lake.FullName);

        Assert.Equal(0, alerts.ExitCode);
        Assert.Equal("(0 rows)", alerts.OutputLines[^1]);
    }

    [Theory]
    [InlineData("--severity", "urgent",
        "panther: --severity 'urgent' is not one of info, low, medium, high, critical.")]
    [InlineData("--limit", "0", "panther: --limit must be at least 1.")]
    public async Task Bad_options_are_usage_errors(string option, string value, string message)
    {
        var alerts = await CliRun.RunAsync("alerts", "--lake", _lake.FullName, option, value);

        Assert.Equal(2, alerts.ExitCode);
        Assert.Equal(message, alerts.ErrorLines[0]);
    }

    private async Task RunSamplesAsync()
    {
        var run = await CliRun.RunAsync("run", "--lake", _lake.FullName, "--rules", TestCorpus.SamplesPath("rules"),
            TestCorpus.SamplesPath("logs"));
        Assert.Equal(1, run.ExitCode);
    }
}
