namespace Panther.Pipelines.Sources;

/// <summary>Turns the paths a user names into inputs: files as they are, folders recursively, <c>-</c> as
/// stdin.</summary>
public static class FileInputs
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Expands paths into inputs, in the order given; the files of a folder (and its sub-folders) come in ordinal
    /// order of their full path. Hidden files and folders (names starting with <c>.</c>) are left out.
    /// </summary>
    /// <param name="paths">Files, folders, or <c>-</c>.</param>
    /// <param name="standardInput">Opens standard input; the process's own when <see langword="null"/>.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder.</exception>
    public static IReadOnlyList<FileInput> Expand(IEnumerable<string> paths, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inputs = new List<FileInput>();
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                inputs.Add(FileInput.ForStandardInput(standardInput));
            }
            else if (File.Exists(path))
            {
                inputs.Add(FileInput.ForFile(path));
            }
            else if (Directory.Exists(path))
            {
                inputs.AddRange(FilesUnder(path).Select(FileInput.ForFile));
            }
            else
            {
                throw new FileNotFoundException($"Input '{path}' is neither a file nor a folder.", path);
            }
        }

        return inputs;
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(folder, f)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
