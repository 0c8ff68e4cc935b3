using System.CommandLine;
using Panther.Parsing;
using Panther.Pipelines.Sources;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther parse [--log-type TYPE] [--schema FILE_OR_DIR] [--quarantine FILE] INPUT...</c>: normalized events as
/// JSON lines on standard output, quarantined records to a file, a summary per log type on standard error.
/// </summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var logType = new Option<string?>("--log-type")
        {
            Description = "The log type of every record, e.g. AWS.CloudTrail. Without it each record is classified.",
            HelpName = "TYPE",
        };
        var quarantine = new Option<FileInfo?>("--quarantine")
        {
            Description = "Write records that cannot be parsed to FILE, one JSON object per line.",
            HelpName = "FILE",
        };
        var schemas = SchemaOption.Create();
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders (read recursively), patterns ('logs/**/*.gz') or '-' for standard input; "
                + "plain or gzip.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });
        var command = new Command("parse", "Parse logs into normalized events, written as JSON lines to stdout.")
        {
            logType,
            schemas,
            quarantine,
            inputs,
        };
        command.SetAction((result, cancellationToken) => RunAsync(console, new ParseRequest(
            result.GetValue(logType), result.GetValue(schemas) ?? [], result.GetValue(quarantine),
            result.GetValue(inputs)!), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, ParseRequest request,
        CancellationToken cancellationToken)
    {
        var registry = await SchemaOption.CreateRegistryAsync(request.Schemas, console.Error).ConfigureAwait(false);
        if (registry is null)
        {
            return ExitCodes.Usage;
        }

        if (request.LogType is { } type && !registry.TryGet(type, out _))
        {
            var known = string.Join(", ", registry.Schemas.Select(s => s.Name));
            await console.Error.WriteLineAsync($"panther: unknown log type '{type}'. Known: {known}.")
                .ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        IReadOnlyList<FileInput> files;
        try
        {
            files = FileInputs.Expand(request.Inputs, console.OpenInput);
        }
        catch (FileNotFoundException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var parser = new LogParser(registry, new LogParserOptions { LogType = request.LogType });
        ParseOutput output;
        try
        {
            output = new ParseOutput(console, request.Quarantine);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync(
                $"panther: cannot create the quarantine file '{request.Quarantine!.FullName}': {ex.Message}")
                .ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        await using (output.ConfigureAwait(false))
        {
            var reader = new LogReader(parser);
            foreach (var file in files)
            {
                await ParseFileAsync(reader, file, output, cancellationToken).ConfigureAwait(false);
            }

            await output.WriteSummaryAsync().ConfigureAwait(false);
            return output.QuarantinedCount > 0 ? ExitCodes.Quarantined : ExitCodes.Success;
        }
    }

    private static async Task ParseFileAsync(LogReader reader, FileInput file, ParseOutput output,
        CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = file.Open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await output.WriteUnreadableAsync(file.Source, ex.Message).ConfigureAwait(false);
            return;
        }

        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await foreach (var batch in reader.ReadAsync(stream, file.Source, cancellationToken)
                    .ConfigureAwait(false))
                {
                    await output.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (IOException ex)
            {
                await output.WriteUnreadableAsync(file.Source, ex.Message).ConfigureAwait(false);
            }
        }
    }

    private sealed record ParseRequest(string? LogType, string[] Schemas, FileInfo? Quarantine, string[] Inputs);
}
