using Panther.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await PantherCli.RunAsync(args, CliConsole.System, cancellation.Token).ConfigureAwait(false);
