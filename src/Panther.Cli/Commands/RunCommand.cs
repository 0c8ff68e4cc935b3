using System.CommandLine;
using System.Globalization;
using Panther.Parsing;
using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Quarantine;
using Panther.Pipelines.Sources;
using Panther.Sinks.Layout;
using Panther.Sinks.Writing;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther run --lake DIR [--log-type TYPE] [--schema FILE_OR_DIR] INPUT...</c>: parses inputs into the data lake
/// (Parquet in Hive partitions) and the lake's quarantine, then prints a summary.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var lake = new Option<DirectoryInfo>("--lake")
        {
            Description = "The lake's root folder; created when missing.",
            HelpName = "DIR",
            Required = true,
        };
        var logType = new Option<string?>("--log-type")
        {
            Description = "The log type of every record. Without it each record is classified.",
            HelpName = "TYPE",
        };
        var schemas = SchemaOption.Create();
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, folders (read recursively) or '-' for standard input; plain or gzip.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("run", "Parse logs into the data lake (Parquet) and its quarantine.")
        {
            lake,
            logType,
            schemas,
            inputs,
        };
        command.SetAction((result, cancellationToken) => RunAsync(console, result.GetValue(lake)!,
            result.GetValue(logType), result.GetValue(schemas) ?? [], result.GetValue(inputs)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, DirectoryInfo lake, string? logType,
        string[] schemaPaths, string[] paths, CancellationToken cancellationToken)
    {
        var registry = await SchemaOption.CreateRegistryAsync(schemaPaths, console.Error).ConfigureAwait(false);
        if (registry is null)
        {
            return ExitCodes.Usage;
        }

        if (logType is not null && !registry.TryGet(logType, out _))
        {
            await console.Error.WriteLineAsync($"panther: unknown log type '{logType}'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        IReadOnlyList<FileInput> files;
        try
        {
            files = FileInputs.Expand(paths, console.OpenInput);
        }
        catch (FileNotFoundException ex)
        {
            await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var parser = new LogParser(registry, new LogParserOptions { LogType = logType });
        var writer = new ParquetLakeWriter(new LakeLayout(lake.FullName));
        var quarantine = new LakeQuarantineWriter(lake.FullName);
        IngestionSummary summary;
        await using (writer.ConfigureAwait(false))
        await using (quarantine.ConfigureAwait(false))
        {
            summary = await new LakeIngestion(parser, writer, quarantine).RunAsync(files, cancellationToken)
                .ConfigureAwait(false);
        }

        await WriteSummaryAsync(console.Error, summary, writer.FilesWritten, lake.FullName).ConfigureAwait(false);
        return summary.Quarantined > 0 ? ExitCodes.Quarantined : ExitCodes.Success;
    }

    private static async Task WriteSummaryAsync(TextWriter output, IngestionSummary summary, long files, string lake)
    {
        var width = Math.Max(8, summary.EventsByLogType.Keys.DefaultIfEmpty("").Max(k => k.Length));
        await output.WriteLineAsync($"{"log type".PadRight(width)}  events").ConfigureAwait(false);
        foreach (var (type, count) in summary.EventsByLogType)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{type.PadRight(width)}  {count,6}")).ConfigureAwait(false);
        }

        var where = summary.QuarantineFile is null ? "" : $" (in {summary.QuarantineFile})";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"total: {summary.Events} events from {summary.Inputs} inputs into {files} Parquet files under {lake}; " +
            $"{summary.Quarantined} quarantined{where}, {summary.Skipped} skipped")).ConfigureAwait(false);
    }
}
