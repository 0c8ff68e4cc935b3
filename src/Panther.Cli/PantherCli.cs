using System.CommandLine;
using Panther.Cli.Commands;

namespace Panther.Cli;

/// <summary>Builds the <c>panther</c> command tree and runs it.</summary>
internal static class PantherCli
{
    /// <summary>Runs the tool. Arguments starting with <c>@</c> are values, not response files: an indicator or a
    /// user name may start with one.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">The streams to use.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The exit code: 0 success, 1 some records quarantined or another failure, 2 usage error. An
    /// unexpected exception is reported on one line, without a stack trace, and exits with 1.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Panther for .NET: parse security logs into normalized events.")
        {
            ParseCommand.Create(console),
            SchemaCommand.Create(console),
            GenerateCommand.Create(console),
            RunCommand.Create(console),
            QueryCommand.Create(console),
            SearchCommand.Create(console),
            AlertsCommand.Create(console),
            TestCommand.Create(console),
            DdlCommand.Create(console),
            LoadCommand.Create(console),
            QuarantineCommand.Create(console),
        };
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await console.Error.WriteLineAsync($"panther: {error.Message}").ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'panther --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var output = new StreamWriter(console.Out, leaveOpen: true) { AutoFlush = true };
        await using (output.ConfigureAwait(false))
        {
            var configuration = new InvocationConfiguration
            {
                Error = console.Error,
                Output = output,
                EnableDefaultExceptionHandler = false,
            };
            try
            {
                return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await console.Error.WriteLineAsync("panther: stopped before the end (cancelled).")
                    .ConfigureAwait(false);
                return ExitCodes.Quarantined;
            }
            catch (Exception ex)
            {
                await console.Error.WriteLineAsync($"panther: unexpected error ({ex.GetType().Name}): {ex.Message}")
                    .ConfigureAwait(false);
                return ExitCodes.Quarantined;
            }
        }
    }
}
