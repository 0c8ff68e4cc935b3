using System.Globalization;

namespace Panther.Pipelines.Enrichment;

/// <summary>A lookup table in a local file; its version is the file's last write time and length.</summary>
/// <param name="path">The file.</param>
public sealed class FileLookupTableSource(string path) : ILookupTableSource
{
    /// <inheritdoc/>
    public string Name { get; } = string.IsNullOrEmpty(path) ? throw new ArgumentException("A path is required.",
        nameof(path)) : path;

    /// <inheritdoc/>
    public string? GetVersion()
    {
        var file = new FileInfo(Name);
        return file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{file.LastWriteTimeUtc.Ticks}:{file.Length}")
            : null;
    }

    /// <inheritdoc/>
    /// <exception cref="IOException">The path is a folder, or the file cannot be read.</exception>
    public Stream Open() => Directory.Exists(Name)
        ? throw new IOException($"{Name} is a folder, not a file.")
        : File.OpenRead(Name);
}
