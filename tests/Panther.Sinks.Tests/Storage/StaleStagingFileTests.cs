using Panther.Sinks.Storage;

namespace Panther.Sinks.Tests.Storage;

public class StaleStagingFileTests
{
    [Fact]
    public void Staging_files_older_than_the_limit_are_deleted_and_the_rest_kept()
    {
        using var lake = new TempLake();
        var now = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
        var folder = Directory.CreateDirectory(Path.Combine(lake.Root, "logs", "t", "year=2026")).FullName;
        var old = Write(folder, ".a.parquet.tmp", now.AddHours(-3));
        var recent = Write(folder, ".b.parquet.tmp", now.AddMinutes(-5));
        var data = Write(folder, "c.parquet", now.AddDays(-9));
        var quarantine = Write(Directory.CreateDirectory(Path.Combine(lake.Root, "quarantine")).FullName,
            ".q.jsonl.tmp", now.AddDays(-1));

        var removed = LocalLakeObjectStore.RemoveStaleStagingFiles(lake.Root, TimeSpan.FromHours(1),
            new ManualTimeProvider(now));

        Assert.Equal(2, removed);
        Assert.False(File.Exists(old));
        Assert.False(File.Exists(quarantine));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(data));
        Assert.Equal(0, LocalLakeObjectStore.RemoveStaleStagingFiles(Path.Combine(lake.Root, "none"),
            TimeSpan.FromHours(1)));
    }

    private static string Write(string folder, string name, DateTimeOffset time)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, time.UtcDateTime);
        return path;
    }
}
