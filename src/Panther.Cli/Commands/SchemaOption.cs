using System.CommandLine;
using Panther.Parsing;
using Panther.Schemas;
using Panther.Schemas.Yaml;

namespace Panther.Cli.Commands;

/// <summary>
/// <c>--schema FILE_OR_DIR</c>, shared by the commands that need log types: the built-in types plus the custom
/// schemas loaded from YAML.
/// </summary>
internal static class SchemaOption
{
    public static Option<string[]> Create() => new("--schema")
    {
        Description = "Load custom log schemas from a YAML file or a folder of them (repeatable).",
        HelpName = "FILE_OR_DIR",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Builds the registry, or writes why it cannot and returns <see langword="null"/>.</summary>
    public static async Task<LogTypeRegistry?> CreateRegistryAsync(IEnumerable<string> schemaPaths, TextWriter error)
    {
        try
        {
            var registry = BuiltInLogTypes.CreateRegistry();
            registry.AddRange(schemaPaths.SelectMany(YamlSchemaLoader.LoadPath));
            return registry;
        }
        catch (Exception ex) when (ex is SchemaException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"panther: {ex.Message}").ConfigureAwait(false);
            return null;
        }
    }
}
