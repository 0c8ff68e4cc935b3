namespace Panther.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in process.</summary>
/// <param name="Out">Standard output, for results.</param>
/// <param name="Error">Standard error, for summaries and problems.</param>
/// <param name="OpenInput">Opens standard input.</param>
internal sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenInput)
{
    /// <summary>Gets the process's own console.</summary>
    public static CliConsole System { get; } =
        new(Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput);
}
