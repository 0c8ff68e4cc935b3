using Microsoft.Extensions.FileSystemGlobbing;

namespace Panther.Pipelines.Sources;

/// <summary>Turns the paths a user names into inputs: files as they are, folders recursively, patterns with
/// <c>*</c> and <c>**</c> by the files they match, <c>-</c> as stdin.</summary>
public static class FileInputs
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Expands paths into inputs, in the order given; the files of a folder (and its sub-folders) come in ordinal
    /// order of their full path. Hidden files and folders (names starting with <c>.</c>) are left out. A path with
    /// <c>*</c> in it that names no file is a pattern: <c>*</c> stands for any part of a name, <c>**</c> for any
    /// number of folders (<c>logs/**/*.json.gz</c>), and the files it matches come in ordinal order.
    /// </summary>
    /// <param name="paths">Files, folders, patterns, or <c>-</c>.</param>
    /// <param name="standardInput">Opens standard input; the process's own when <see langword="null"/>.</param>
    /// <returns>The inputs.</returns>
    /// <exception cref="FileNotFoundException">A path names neither a file nor a folder, or a pattern matches no
    /// file.</exception>
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
            else if (path.Contains('*', StringComparison.Ordinal))
            {
                var matches = Match(path);
                if (matches.Count == 0)
                {
                    throw new FileNotFoundException($"No file matches '{path}'.", path);
                }

                inputs.AddRange(matches.Select(FileInput.ForFile));
            }
            else
            {
                throw new FileNotFoundException($"Input '{path}' is neither a file nor a folder.", path);
            }
        }

        return inputs;
    }

    /// <summary>Leaves out the inputs named more than once, such as a file given by two paths, or twice in a folder
    /// and a pattern: of the inputs with the same <see cref="FileInput.Identity"/>, the first stays. Inputs
    /// without an identity all stay.</summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The inputs, each once, in their order.</returns>
    public static IReadOnlyList<FileInput> Distinct(IEnumerable<FileInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. inputs.Where(input => input.Identity is null || seen.Add(input.Identity))];
    }

    /// <summary>Lists the files a pattern matches: the folders before its first <c>*</c> are where the search starts,
    /// the rest is the pattern.</summary>
    private static List<string> Match(string pattern)
    {
        var parts = pattern.Split(['/', Path.DirectorySeparatorChar]);
        var first = Array.FindIndex(parts, part => part.Contains('*', StringComparison.Ordinal));
        var root = string.Join('/', parts[..first]);
        root = root.Length == 0 ? (Path.IsPathRooted(pattern) ? "/" : ".") : root;
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts[first..]));
        return [.. matcher.GetResultsInFullPath(root).Order(StringComparer.Ordinal)];
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
