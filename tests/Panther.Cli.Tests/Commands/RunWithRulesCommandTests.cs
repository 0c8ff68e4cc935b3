using System.Text.Json;
using Panther.Rules.Destinations;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class RunWithRulesCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-rules-");
    private readonly string _secretVariable = $"PANTHER_TEST_SECRET_{Guid.NewGuid():N}";
    private readonly string _secret = $"s3cret-{Guid.NewGuid():N}";

    public RunWithRulesCommandTests() => Environment.SetEnvironmentVariable(_secretVariable, _secret);

    private string Lake => Path.Combine(_folder.FullName, "lake");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Raised_alerts_reach_a_signed_webhook_and_a_second_run_adds_to_them_without_sending_again()
    {
        using var receiver = new WebhookReceiver();
        var destinations = WriteDestinations(receiver.Url);

        var first = await Run(destinations);
        var raised = await QueryAsync("SELECT count(*) AS n FROM alerts WHERE raised");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains(first.ErrorLines, line => line.StartsWith("rules: 24 ran;", StringComparison.Ordinal));
        Assert.True(raised > 0);
        Assert.Equal(raised, receiver.Requests.Count);
        foreach (var (body, timestamp, signature) in receiver.Requests)
        {
            Assert.True(WebhookSignature.Verify(_secret, timestamp, body, signature, DateTimeOffset.UtcNow,
                TimeSpan.FromMinutes(5)));
            Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("rule_id").GetString()));
        }

        Assert.DoesNotContain(_secret, first.Stderr, StringComparison.Ordinal);

        var second = await Run(destinations, "--reprocess");

        Assert.Equal(1, second.ExitCode);
        Assert.Equal(raised, receiver.Requests.Count);
        Assert.Equal(0, await QueryAsync("SELECT count(*) AS n FROM alerts WHERE event_count <> 2"));
        Assert.Equal(2 * await QueryAsync("SELECT count(*) AS n FROM alerts"),
            await QueryAsync("SELECT count(*) AS n FROM alert_history"));
    }

    [Fact]
    public async Task An_alert_no_destination_accepts_is_kept_in_the_quarantine()
    {
        var closed = new Uri("http://127.0.0.1:9/hook");
        var destinations = WriteDestinations(closed);

        var run = await Run(destinations);

        Assert.Equal(1, run.ExitCode);
        var records = Directory.GetFiles(Path.Combine(Lake, "quarantine")).SelectMany(File.ReadAllLines)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var undelivered = records.Where(record => record.GetProperty("source").GetString() == "alert-delivery:hook")
            .ToList();
        Assert.Equal(await QueryAsync("SELECT count(*) AS n FROM alerts WHERE raised"), undelivered.Count);
        Assert.All(undelivered, record => Assert.Contains("was not delivered to hook",
            record.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(_secret, string.Join('\n', records.Select(r => r.GetRawText())),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_destination_file_naming_an_unset_variable_is_a_usage_error_that_names_it()
    {
        var path = Path.Combine(_folder.FullName, "bad.yml");
        await File.WriteAllTextAsync(path, """
            destinations:
              - id: hook
                type: webhook
                url: http://127.0.0.1:9/hook
                secret: ${PANTHER_TEST_VARIABLE_THAT_IS_NOT_SET}
            """);

        var run = await Run(path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("destinations[0].secret uses ${PANTHER_TEST_VARIABLE_THAT_IS_NOT_SET}", run.Stderr,
            StringComparison.Ordinal);
    }

    private Task<CliRun> Run(string destinations, params string[] options) => CliRun.RunAsync(
        ["run", "--lake", Lake, "--rules", TestCorpus.SamplesPath("rules"), "--destinations", destinations,
            .. options, TestCorpus.SamplesPath("logs")]);

    private async Task<long> QueryAsync(string sql)
    {
        var query = await CliRun.RunAsync("query", "--lake", Lake, "--format", "csv", sql);
        Assert.Equal(0, query.ExitCode);
        return long.Parse(query.OutputLines[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private string WriteDestinations(Uri url)
    {
        var path = Path.Combine(_folder.FullName, "destinations.yml");
        File.WriteAllText(path, $$"""
            delivery:
              maxRetryAttempts: 1
              attemptTimeoutSeconds: 2
              totalTimeoutSeconds: 5
            destinations:
              - id: hook
                name: Test webhook
                type: webhook
                severities: [Info, Low, Medium, High, Critical]
                url: {{url}}
                secret: ${{{_secretVariable}}}
            """);
        return path;
    }
}
