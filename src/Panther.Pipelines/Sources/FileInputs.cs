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

    /// <summary>
    /// Lists the files under a folder, following linked folders once each: a link that leads back to a folder already
    /// listed (a loop, or a second way to the same place) is not followed again.
    /// </summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([folder]);
        while (pending.TryPop(out var current))
        {
            var real = new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true)?.FullName
                ?? Path.GetFullPath(current);
            if (!visited.Add(real))
            {
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(current, "*", options));
            foreach (var child in Directory.EnumerateDirectories(current, "*", options))
            {
                pending.Push(child);
            }
        }

        return files.Where(f => !IsHidden(Path.GetRelativePath(folder, f))).Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
