using Panther.Sinks.Layout;

namespace Panther.Sinks.Tests;

/// <summary>A lake in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempLake : IDisposable
{
    public TempLake()
    {
        Root = Path.Combine(Path.GetTempPath(), "panther-lake-" + Guid.NewGuid().ToString("N"));
        Layout = new LakeLayout(Root);
    }

    public string Root { get; }

    public LakeLayout Layout { get; }

    public IReadOnlyList<string> Files(string pattern = "*") =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)]
            : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
