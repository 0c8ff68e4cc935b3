using System.CommandLine;
using System.Text;
using Panther.Schemas;
using Panther.Sinks.Ddl;
using Panther.Sinks.Snowflake;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther ddl --target athena|snowflake</c> (also <c>panther schema ddl</c>): the statements that create the
/// lake's tables in a catalogue, for every registered log type or the ones named with <c>--log-type</c>, each
/// followed by a line holding <c>;</c>. For Athena: the Glue tables with partition projection and the
/// <c>all_logs</c> view over <c>--location</c>. For Snowflake: databases, tables with <c>VARIANT</c>,
/// <c>OBJECT</c> and <c>ARRAY</c> columns, and, with <c>--location</c> and <c>--storage-integration</c>, the
/// external stage that <c>panther load</c> copies from.
/// </summary>
internal static class DdlCommand
{
    public static Command Create(CliConsole console, string name = "ddl")
    {
        var target = new Option<string>("--target")
        {
            Description = "The catalogue to write statements for: athena or snowflake.",
            HelpName = "TARGET",
            Required = true,
        };
        target.AcceptOnlyFromAmong("athena", "snowflake");
        var location = new Option<string>("--location")
        {
            Description = "The lake root in S3: s3://bucket or s3://bucket/prefix. Required for athena; for "
                + "snowflake, the stage's URL.",
            HelpName = "S3_URI",
        };
        var prefix = new Option<string>("--database-prefix")
        {
            Description = "The prefix of the database names (panther gives panther_logs, ...). Default panther.",
            HelpName = "PREFIX",
            DefaultValueFactory = _ => "panther",
        };
        var integration = new Option<string>("--storage-integration")
        {
            Description = "For snowflake: the storage integration that lets the stage read the bucket.",
            HelpName = "NAME",
        };
        var logTypes = new Option<string[]>("--log-type")
        {
            Description = "Only this log type (repeatable). Default: every registered log type.",
            HelpName = "TYPE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var schemas = SchemaOption.Create();
        var command = new Command(name, "Print the statements that create the lake's tables in a catalogue.")
        {
            target,
            location,
            prefix,
            integration,
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
                script = result.GetValue(target) == "snowflake"
                    ? SnowflakeDdl.FormatScript(SnowflakeDdl.CreateAll(selected, new SnowflakeDdlOptions
                    {
                        DatabasePrefix = result.GetValue(prefix) ?? "",
                        Location = result.GetValue(location),
                        StorageIntegration = result.GetValue(integration),
                    }))
                    : Athena(selected, result.GetValue(location), result.GetValue(prefix) ?? "");
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

    private static string Athena(IReadOnlyList<LogSchema> schemas, string? location, string prefix)
    {
        if (location is null)
        {
            throw new ArgumentException("--location is required for --target athena.");
        }

        var options = new AthenaDdlOptions(location) { DatabasePrefix = prefix };
        return AthenaDdl.FormatScript(AthenaDdl.CreateAll(schemas, options));
    }

    internal static async Task<IReadOnlyList<LogSchema>?> SelectAsync(LogTypeRegistry registry,
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
