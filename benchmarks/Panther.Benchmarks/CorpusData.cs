namespace Panther.Benchmarks;

/// <summary>
/// The real logs of the shared corpus, when it is present: beside the repository in <c>../shared/corpus</c>, or
/// where the <c>PANTHER_CORPUS</c> variable points. Each family is the JSON lines files at the top of its folder
/// (<c>cloudtrail/*.jsonl</c>, ...), one record per non-blank line, held in memory. Lines that are not one whole
/// JSON document (the corpus keeps a few broken ones on purpose) are left out, so that every case of a benchmark
/// reads the same valid records.
/// </summary>
public static class CorpusData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>Gets the corpus folders that hold a log family, in the order benchmarks report them.</summary>
    public static IReadOnlyList<string> AllFamilies { get; } = ["cloudtrail", "okta", "osquery", "suricata"];

    /// <summary>Gets whether the corpus was found.</summary>
    public static bool Exists => Root.Value is not null;

    /// <summary>Gets the families whose folder holds at least one JSON lines file; none without the corpus.</summary>
    public static IReadOnlyList<string> Families =>
        Root.Value is { } root
            ? [.. AllFamilies.Where(family => Directory.Exists(Path.Combine(root, family))
                && Directory.EnumerateFiles(Path.Combine(root, family), "*.jsonl").Any())]
            : [];

    /// <summary>Reads the records of one family.</summary>
    /// <param name="family">A folder of <see cref="AllFamilies"/>.</param>
    /// <returns>The records, file by file in name order, without their line ends.</returns>
    public static List<byte[]> Load(string family)
    {
        var root = Root.Value ?? throw new InvalidOperationException("The shared corpus is not present.");
        var records = new List<byte[]>();
        var files = Directory.EnumerateFiles(Path.Combine(root, family), "*.jsonl").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            records.AddRange(File.ReadLines(file)
                .Where(line => !string.IsNullOrWhiteSpace(line))
                .Select(System.Text.Encoding.UTF8.GetBytes)
                .Where(IsOneDocument));
        }

        return records;
    }

    private static bool IsOneDocument(byte[] json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("PANTHER_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Panther.sln")))
        {
            directory = directory.Parent;
        }

        var beside = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "corpus");
        return beside is not null && Directory.Exists(beside) ? Path.GetFullPath(beside) : null;
    }
}
