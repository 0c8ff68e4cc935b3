using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Panther.Schemas.Yaml;

/// <summary>
/// Loads log schemas written in YAML in Panther's custom log schema format: <c>schema</c>, <c>description</c>,
/// <c>referenceURL</c>, <c>fields</c> and <c>definitions</c>. A schema loaded from YAML behaves exactly like the same
/// schema written in C#, because it is turned into the same <see cref="LogSchema"/>.
/// </summary>
/// <remarks>
/// Errors are <see cref="SchemaException"/>s whose message names the file, the field path, the line and the
/// problem. Panther's parser sections (CSV, regular expressions) and field transformations (<c>copy</c>,
/// <c>rename</c>, <c>concat</c>, <c>mask</c>) are not supported yet and are reported as errors, never ignored.
/// </remarks>
public static class YamlSchemaLoader
{
    /// <summary>Loads one schema from YAML text.</summary>
    /// <param name="yaml">The YAML document.</param>
    /// <param name="sourceName">The name used in error messages, such as the file path.</param>
    /// <returns>The validated schema.</returns>
    /// <exception cref="SchemaException">The YAML is not valid or does not describe a valid schema.</exception>
    public static LogSchema Load(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrEmpty(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new SchemaException(
                $"{sourceName}: line {ex.Start.Line}: not valid YAML: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, rather than a YamlException, on some malformed documents (found by fuzzing).
            throw new SchemaException($"{sourceName}: not valid YAML: {ex.Message}", ex);
        }

        if (stream.Documents.Count != 1)
        {
            throw new SchemaException(
                $"{sourceName}: expected one YAML document, found {stream.Documents.Count}.");
        }

        var schema = new YamlSchemaReader(sourceName).Read(stream.Documents[0].RootNode);
        try
        {
            schema.Validate();
        }
        catch (SchemaException ex)
        {
            throw new SchemaException($"{sourceName}: {ex.Message}", ex);
        }

        return schema;
    }

    /// <summary>Loads one schema from a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated schema.</returns>
    /// <exception cref="SchemaException">The file does not describe a valid schema.</exception>
    public static LogSchema LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Load(File.ReadAllText(path), path);
    }

    /// <summary>
    /// Loads a file, or every <c>.yml</c> and <c>.yaml</c> file under a folder (recursively, in ordinal path order).
    /// </summary>
    /// <param name="path">A file or a folder.</param>
    /// <returns>The schemas.</returns>
    /// <exception cref="SchemaException">A file does not describe a valid schema.</exception>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static IReadOnlyList<LogSchema> LoadPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            return [LoadFile(path)];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"Schema path '{path}' is neither a file nor a folder.", path);
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)];
    }
}
