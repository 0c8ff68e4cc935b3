using System.CommandLine;
using System.Text;
using Panther.Schemas;
using Panther.Sinks.Ddl;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther ddl --target athena --location s3://bucket/prefix</c>: the statements that create the lake's Athena
/// tables and the <c>all_logs</c> view, for every registered log type or the ones named with
/// <c>--log-type</c>, each followed by a line holding <c>;</c>.
/// </summary>
internal static class DdlCommand
{
    public static Command Create(CliConsole console)
    {
        var target = new Option<string>("--target")
        {
            Description = "The catalogue to write statements for; only 'athena' for now.",
            HelpName = "TARGET",
            Required = true,
        };
        target.AcceptOnlyFromAmong("athena");
        var location = new Option<string>("--location")
        {
            Description = "The lake root in S3: s3://bucket or s3://bucket/prefix.",
            HelpName = "S3_URI",
            Required = true,
        };
        var prefix = new Option<string>("--database-prefix")
        {
            Description = "The prefix of the database names (panther gives panther_logs, ...). Default panther.",
            HelpName = "PREFIX",
            DefaultValueFactory = _ => "panther",
        };
        var logTypes = new Option<string[]>("--log-type")
        {
            Description = "Only this log type (repeatable). Default: every registered log type.",
            HelpName = "TYPE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var schemas = SchemaOption.Create();
        var command = new Command("ddl", "Print the statements that create the lake's tables in a catalogue.")
        {
            target,
            location,
            prefix,
            logTypes,
            schemas,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var registry = await SchemaOption.CreateRegistryAsync(result.GetValue(schemas) ?? [], console.Error)
                .ConfigureAwait(false);
            if (registry is null)
            {
                return ExitCodes.Usage;
            }

            var selected = await SelectAsync(registry, result.GetValue(logTypes) ?? [], console.Error)
                .ConfigureAwait(false);
            if (selected is null)
            {
                return ExitCodes.Usage;
            }

            string script;
            try
            {
                var options = new AthenaDdlOptions(result.GetValue(location)!)
                {
                    DatabasePrefix = result.GetValue(prefix) ?? "",
                };
                script = AthenaDdl.FormatScript(AthenaDdl.CreateAll(selected, options));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
            {
                await console.Error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await console.Out.WriteAsync(Encoding.UTF8.GetBytes(script), cancellationToken).ConfigureAwait(false);
            await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<LogSchema>?> SelectAsync(LogTypeRegistry registry,
        string[] names, TextWriter error)
    {
        if (names.Length == 0)
        {
            return registry.Schemas;
        }

        var selected = new List<LogSchema>();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (!registry.TryGet(name, out var schema))
            {
                var known = string.Join(", ", registry.Schemas.Select(s => s.Name));
                await error.WriteLineAsync($"panther: unknown log type '{name}'. Known: {known}.")
                    .ConfigureAwait(false);
                return null;
            }

            selected.Add(schema);
        }

        return selected;
    }
}
