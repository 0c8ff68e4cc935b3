using Panther.Pipelines.Enrichment;
using Panther.Rules.Specs;
using Panther.Schemas;

namespace Panther.Cli;

/// <summary>
/// Reads the lookup tables of <c>panther run --lookups FILE</c>: a YAML file with a <c>lookups</c> list, each entry
/// with <c>name</c>, <c>file</c> (CSV or JSON lines, relative to the YAML file, or <c>s3://bucket/key</c>),
/// <c>key</c> and <c>match</c>, a
/// mapping from log type to the field paths looked up. Errors name the file, the entry and the setting.
/// </summary>
internal static class LookupsFile
{
    private static readonly HashSet<string> EntryKeys = ["name", "file", "key", "match"];

    public static List<LookupTableDefinition> Read(string path, LogTypeRegistry registry)
    {
        object? document;
        try
        {
            document = PlainValues.ParseYaml(System.IO.File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        if (document is not Dictionary<string, object?> root || root.Keys.Any(k => k != "lookups")
            || root.GetValueOrDefault("lookups") is not List<object?> entries)
        {
            throw new InvalidDataException(
                $"{path}: expected one YAML mapping with a 'lookups' list and nothing else.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var definitions = new List<LookupTableDefinition>();
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"{path}: lookups[{i}]";
            if (entries[i] is not Dictionary<string, object?> entry)
            {
                throw new InvalidDataException($"{where} must be a mapping.");
            }

            foreach (var key in entry.Keys.Where(k => !EntryKeys.Contains(k)))
            {
                throw new InvalidDataException(
                    $"{where}.{key} is not a known setting (known: {string.Join(", ", EntryKeys)}).");
            }

            definitions.Add(new LookupTableDefinition
            {
                Name = Text(entry, "name", where),
                Path = File(folder, Text(entry, "file", where)),
                KeyField = Text(entry, "key", where),
                Match = Match(entry, where, registry),
            });
        }

        return definitions;
    }

    /// <summary>Resolves a table's file against the YAML file's folder; an <c>s3://</c> location stays as it is.
    /// </summary>
    private static string File(string folder, string file) =>
        S3LookupTableSource.IsS3Path(file) ? file : Path.Combine(folder, file);

    private static string Text(Dictionary<string, object?> entry, string key, string where) =>
        entry.GetValueOrDefault(key) is string { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{where}.{key} is required and must be text.");

    private static Dictionary<string, IReadOnlyList<string>> Match(Dictionary<string, object?> entry, string where,
        LogTypeRegistry registry)
    {
        if (entry.GetValueOrDefault("match") is not Dictionary<string, object?> { Count: > 0 } match)
        {
            throw new InvalidDataException($"{where}.match must map log types to lists of field paths.");
        }

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (logType, value) in match)
        {
            if (!registry.TryGet(logType, out _))
            {
                throw new InvalidDataException($"{where}.match: '{logType}' is not a registered log type.");
            }

            var paths = value switch
            {
                string single => [single],
                List<object?> list when list.All(p => p is string { Length: > 0 }) => list.Cast<string>().ToList(),
                _ => throw new InvalidDataException($"{where}.match.{logType} must be a field path or a list of them."),
            };
            result[logType] = paths;
        }

        return result;
    }
}
