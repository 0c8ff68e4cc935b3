using System.Globalization;
using System.CommandLine;
using Panther.Parsing.Generation;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther generate --log-type TYPE --count N [--seed S]</c>: made-up, realistic events as JSON lines on standard
/// output, the same bytes for the same seed.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create(CliConsole console)
    {
        var logType = new Option<string>("--log-type")
        {
            Description = "The log type to generate, e.g. AWS.CloudTrail.",
            HelpName = "TYPE",
            Required = true,
        };
        var count = new Option<long>("--count")
        {
            Description = "How many events to write.",
            HelpName = "N",
            Required = true,
        };
        count.Validators.Add(result =>
        {
            if (result.Tokens is [var token]
                && long.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value < 0)
            {
                result.AddError("--count must not be negative.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "The seed; the same seed gives the same events. Default 1.",
            HelpName = "S",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("generate", "Write made-up, realistic events as JSON lines to stdout.")
        {
            logType,
            count,
            seed,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            ISampleGenerator generator;
            try
            {
                generator = SampleGenerators.Get(result.GetValue(logType)!);
            }
            catch (KeyNotFoundException ex)
            {
                await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            SampleGenerators.WriteJsonLines(generator, result.GetValue(count), result.GetValue(seed), console.Out);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
