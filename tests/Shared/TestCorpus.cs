namespace Panther.Tests.Shared;

/// <summary>
/// Finds the shared corpus of real logs, which lives beside the repository in <c>../shared/corpus</c> (or where
/// the <c>PANTHER_CORPUS</c> variable points). Tests that need it skip when it is absent.
/// </summary>
internal static class TestCorpus
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static bool Exists => Root.Value is not null;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path(params string[] parts)
    {
        Skip.IfNot(Exists, "the shared corpus (../shared/corpus) is not present");
        return System.IO.Path.Combine([Root.Value!, .. parts]);
    }

    public static string SamplesPath(params string[] parts) =>
        System.IO.Path.Combine([RepositoryRoot, "samples", .. parts]);

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PANTHER_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
        return Directory.Exists(beside) ? beside : null;
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Panther.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("Cannot find Panther.sln above " + AppContext.BaseDirectory);
    }
}
