using System.Diagnostics;
using System.Text.Json;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

/// <summary>
/// Runs the tool as a child process and kills it part-way, several times over the same lake, as a crash or a
/// power cut would: the lake must stay readable with only complete files visible, the alert state must stay valid,
/// the next run must start and finish normally, and in the end the lake must hold each input event exactly once.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Events = 20_000;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-crash-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_killed_run_leaves_only_complete_files_and_the_next_run_puts_each_event_in_once()
    {
        var input = Path.Combine(_folder.FullName, "cloudtrail.jsonl");
        var generated = await CliRun.RunAsync("generate", "--log-type", "AWS.CloudTrail", "--count",
            Events.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "11");
        await File.WriteAllTextAsync(input, generated.Stdout);
        var lake = Path.Combine(_folder.FullName, "lake");
        string[] run = ["run", "--lake", lake, "--rules", TestCorpus.SamplesPath("rules", "aws"), input];

        var killed = 0;
        foreach (var delay in new[] { 1500, 3000, 4500 })
        {
            killed += await RunAndKillAsync(run, TimeSpan.FromMilliseconds(delay)) ? 1 : 0;
            AssertReadable(lake);
        }

        var last = await RunToEndAsync(run);

        Assert.True(killed > 0, "no run was killed before it ended; the input is too small for this machine");
        Assert.Equal(0, last);
        var total = AssertReadable(lake);
        Assert.Equal(Events, total);
        var again = await RunToEndAsync(run);
        Assert.Equal(0, again);
        Assert.Equal(Events, AssertReadable(lake));
        using var state = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(lake, "state", "alerts.json")));
        Assert.Equal(JsonValueKind.Array, state.RootElement.ValueKind);
    }

    /// <summary>Checks that every visible Parquet file of the lake reads, and returns the CloudTrail row count.
    /// </summary>
    private static long AssertReadable(string lake)
    {
        if (!Directory.Exists(Path.Combine(lake, "logs")))
        {
            return 0;
        }

        Assert.All(Directory.GetFiles(lake, "*", SearchOption.AllDirectories),
            file => Assert.True(file.EndsWith(".parquet", StringComparison.Ordinal)
                || file.EndsWith(".jsonl", StringComparison.Ordinal)
                || file.EndsWith(".json", StringComparison.Ordinal)
                || Path.GetFileName(file) == "run.lock"
                || Path.GetFileName(file).StartsWith('.'), $"unexpected file {file}"));
        using var query = new LakeQuery(new LakeLayout(lake));
        foreach (var view in query.Views)
        {
            query.Execute($"SELECT count(*) FROM {view}");
        }

        return query.Tables.Contains("aws_cloudtrail")
            ? (long)query.Execute("SELECT count(*) AS n FROM aws_cloudtrail").Rows[0]["n"]!
            : 0;
    }

    private static async Task<bool> RunAndKillAsync(string[] args, TimeSpan after)
    {
        using var process = Start(args);
        var exited = process.WaitForExit(after);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        return !exited;
    }

    private static async Task<int> RunToEndAsync(string[] args)
    {
        using var process = Start(args);
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, await error);
        return process.ExitCode;
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "panther.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
    }
}
