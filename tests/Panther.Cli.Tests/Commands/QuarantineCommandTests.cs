using System.Text.Json;

namespace Panther.Cli.Tests.Commands;

public sealed class QuarantineCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-quarantine-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Lake => Path.Combine(_folder.FullName, "lake");

    [Fact]
    public async Task Records_quarantined_for_want_of_a_schema_reach_the_lake_when_replayed_with_it()
    {
        var logs = Path.Combine(_folder.FullName, "proxy.jsonl");
        await File.WriteAllTextAsync(logs, """
            {"time":"2026-12-03T15:00:01Z","client":"10.1.2.3","status":200}
            {"time":"2026-12-03T15:00:02Z","client":"10.1.2.4","status":403}
            {"time":"2026-12-03T15:00:03Z","client":"10.1.2.5","status":500
            """);
        var schema = Path.Combine(_folder.FullName, "proxy.yml");
        await File.WriteAllTextAsync(schema, SchemaCommandTests.WebProxySchema);
        var first = await CliRun.RunAsync("run", "--lake", Lake, logs);
        var list = await CliRun.RunAsync("quarantine", "list", "--lake", Lake);

        var replay = await CliRun.RunAsync("quarantine", "replay", "--lake", Lake, "--schema", schema,
            "--log-type", "Custom.WebProxy", "--source-id", "proxy-1");
        var query = await CliRun.RunAsync("query", "--lake", Lake, "--format", "csv",
            "SELECT client, status, p_source_id FROM custom_webproxy ORDER BY client");
        var again = await CliRun.RunAsync("quarantine", "list", "--lake", Lake);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains(list.OutputLines, l => l.Contains(" 3 ", StringComparison.Ordinal));
        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("replay: 3 records from 1 quarantine files; 2 parsed, 1 quarantined again;", replay.Stderr,
            StringComparison.Ordinal);
        Assert.Equal(["client,status,p_source_id", "10.1.2.3,200,proxy-1", "10.1.2.4,403,proxy-1"],
            query.OutputLines);
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(Lake, "quarantine"), "*.jsonl"));
        var record = JsonDocument.Parse(Assert.Single(File.ReadAllLines(kept))).RootElement;
        Assert.Equal(logs, record.GetProperty("source").GetString());
        Assert.Equal(3, record.GetProperty("line").GetInt64());
        Assert.Contains("10.1.2.5", record.GetProperty("data").GetString(), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(Lake, "quarantine", "replayed"), "*.jsonl"));
        Assert.Contains(again.OutputLines, l => l.Contains(" 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_quarantine_line_is_kept_and_a_lake_without_quarantine_replays_nothing()
    {
        var missing = await CliRun.RunAsync("quarantine", "replay", "--lake", Lake);
        Directory.CreateDirectory(Lake);
        var empty = await CliRun.RunAsync("quarantine", "replay", "--lake", Lake);
        var folder = Directory.CreateDirectory(Path.Combine(Lake, "quarantine")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "20261203T150000Z-x.jsonl"), "not json at all\n");

        var replay = await CliRun.RunAsync("quarantine", "replay", "--lake", Lake);

        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"panther: lake folder '{Lake}' does not exist.", missing.ErrorLines[0]);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("replay: 0 records from 0 quarantine files;", empty.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, replay.ExitCode);
        var kept = Assert.Single(Directory.GetFiles(folder, "*.jsonl"));
        var record = JsonDocument.Parse(Assert.Single(File.ReadAllLines(kept))).RootElement;
        Assert.Equal("not json at all", record.GetProperty("data").GetString());
        Assert.Equal("a line of a quarantine file that is not a quarantine record",
            record.GetProperty("reason").GetString());
    }
}
