using System.Text;

namespace Panther.Cli.Tests.Commands;

/// <summary>The outcome of one in-process run of the <c>panther</c> tool: its exit code and what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Gets the non-empty lines of standard output.</summary>
    public string[] OutputLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Gets the non-empty lines of standard error, without line-ending characters.</summary>
    public string[] ErrorLines =>
        Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the tool with <paramref name="args"/>; standard input is empty.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunWithInputAsync([], args);

    /// <summary>Runs the tool, giving it <paramref name="stdin"/> as standard input.</summary>
    public static async Task<CliRun> RunWithInputAsync(byte[] stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var console = new CliConsole(stdout, stderr, () => new MemoryStream(stdin, writable: false));

        var exitCode = await PantherCli.RunAsync(args, console, CancellationToken.None);

        return new CliRun(exitCode, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }
}
