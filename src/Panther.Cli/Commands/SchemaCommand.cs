using System.CommandLine;
using System.Globalization;
using Panther.Schemas.Documentation;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>panther schema list</c> and <c>panther schema show TYPE</c>: what log types are registered, and the fields of
/// one of them, built-in or loaded with <c>--schema</c>.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("schema", "List the registered log types, show one, or print their table DDL.");
        command.Subcommands.Add(CreateList(console));
        command.Subcommands.Add(CreateShow(console));
        command.Subcommands.Add(DdlCommand.Create(console));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var schemas = SchemaOption.Create();
        var list = new Command("list", "List the registered log types with their table names.") { schemas };
        list.SetAction(async (result, _) =>
        {
            var registry = await SchemaOption.CreateRegistryAsync(result.GetValue(schemas) ?? [], console.Error)
                .ConfigureAwait(false);
            if (registry is null)
            {
                return ExitCodes.Usage;
            }

            var width = registry.Schemas.Max(s => s.Name.Length);
            var lines = registry.Schemas.Select(s => string.Create(CultureInfo.InvariantCulture,
                $"{s.Name.PadRight(width)}  {s.TableName.PadRight(width)}  {s.Description}"));
            await WriteAsync(console, string.Join('\n', lines) + "\n").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return list;
    }

    private static Command CreateShow(CliConsole console)
    {
        var schemas = SchemaOption.Create();
        var type = new Argument<string>("TYPE") { Description = "The log type, e.g. AWS.CloudTrail." };
        var show = new Command("show", "Show a log type's fields, indicators and envelopes as Markdown.")
        {
            schemas,
            type,
        };
        show.SetAction(async (result, _) =>
        {
            var registry = await SchemaOption.CreateRegistryAsync(result.GetValue(schemas) ?? [], console.Error)
                .ConfigureAwait(false);
            if (registry is null)
            {
                return ExitCodes.Usage;
            }

            var name = result.GetValue(type)!;
            if (!registry.TryGet(name, out var schema))
            {
                var known = string.Join(", ", registry.Schemas.Select(s => s.Name));
                await console.Error.WriteLineAsync($"panther: unknown log type '{name}'. Known: {known}.")
                    .ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await WriteAsync(console, SchemaMarkdown.Render([schema], schema.Name)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return show;
    }

    private static async Task WriteAsync(CliConsole console, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        await console.Out.WriteAsync(bytes).ConfigureAwait(false);
        await console.Out.FlushAsync().ConfigureAwait(false);
    }
}
