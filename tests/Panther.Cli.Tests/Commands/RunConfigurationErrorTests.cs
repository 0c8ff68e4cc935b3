using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class RunConfigurationErrorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-config-");

    private string Lake => Path.Combine(_folder.FullName, "lake");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_misspelled_destination_setting_is_a_usage_error()
    {
        var path = Path.Combine(_folder.FullName, "typo.yml");
        await File.WriteAllTextAsync(path, """
            destinations:
              - id: hook
                type: webhook
                severites: [High]
                url: http://127.0.0.1:9/hook
                secret: x
            """);

        var run = await Run("--destinations", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("destinations[0].severites is not a known setting", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_whose_fields_would_share_a_lake_column_is_a_usage_error()
    {
        var path = Path.Combine(_folder.FullName, "clash.yml");
        await File.WriteAllTextAsync(path, """
            schema: Custom.Clash
            fields:
              - name: time
                type: timestamp
                timeFormat: rfc3339
                isEventTime: true
                required: true
              - name: client.ip
                type: string
              - name: client_ip
                type: string
            """);

        var run = await Run("--schema", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'client.ip' and 'client_ip', which both become the lake column 'client_ip'", run.Stderr,
            StringComparison.Ordinal);
        Assert.False(Directory.Exists(Lake));
    }

    [Fact]
    public async Task No_workers_is_a_usage_error()
    {
        var run = await Run("--workers", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--workers must be between 1 and 64.", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Lake));
    }

    [Fact]
    public async Task Workers_that_are_not_a_number_are_a_usage_error_not_a_crash()
    {
        var run = await Run("--workers", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cannot parse argument 'abc' for option '--workers'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_as_the_destinations_file_is_a_usage_error()
    {
        var run = await Run("--destinations", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_as_the_alert_state_is_a_usage_error_without_a_stack_trace()
    {
        var state = Directory.CreateDirectory(Path.Combine(_folder.FullName, "state-dir")).FullName;

        var run = await Run("--alert-state", state);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_alert_state_is_a_usage_error_that_says_what_to_do()
    {
        var state = Path.Combine(_folder.FullName, "state.json");
        await File.WriteAllTextAsync(state, "{not json");

        var run = await Run("--alert-state", state);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("move it away to start with empty state", run.Stderr, StringComparison.Ordinal);
    }

    private Task<CliRun> Run(string option, string value) => CliRun.RunAsync("run", "--lake", Lake,
        "--rules", TestCorpus.SamplesPath("rules", "aws"), option, value, TestCorpus.SamplesPath("logs", "okta"));
}
