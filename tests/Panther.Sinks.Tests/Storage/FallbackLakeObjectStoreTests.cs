using Panther.Sinks.Storage;

namespace Panther.Sinks.Tests.Storage;

public sealed class FallbackLakeObjectStoreTests
{
    private const string Key = "logs/okta_systemlog/year=2026/month=12/day=03/hour=15/one.parquet";

    [Fact]
    public async Task A_failed_put_keeps_the_file_under_its_key_and_a_later_put_pending_moves_it()
    {
        using var primaryLake = new TempLake();
        using var fallbackLake = new TempLake();
        var primary = new FlakyStore(new LocalLakeObjectStore(primaryLake.Root)) { FailuresLeft = 1 };
        var store = new FallbackLakeObjectStore(primary, new LocalLakeObjectStore(fallbackLake.Root));
        var staging = store.GetStagingPath(Key);
        await File.WriteAllTextAsync(staging, "parquet bytes");

        await store.PutFileAsync(Key, staging);
        File.Delete(staging);
        var keptAfterFailure = fallbackLake.Files();
        var (moved, kept) = await store.PutPendingAsync();

        Assert.Equal([Key], keptAfterFailure);
        var failure = Assert.Single(store.Failures);
        Assert.Equal(Key, failure.Key);
        Assert.Equal("the store is down", failure.Reason);
        Assert.Equal((1, 0), (moved, kept));
        Assert.Empty(fallbackLake.Files());
        Assert.Equal([Key], primaryLake.Files());
        Assert.Equal("parquet bytes", await File.ReadAllTextAsync(Path.Combine(primaryLake.Root, Key)));
    }

    [Fact]
    public async Task A_cancelled_put_is_not_kept()
    {
        using var primaryLake = new TempLake();
        using var fallbackLake = new TempLake();
        var primary = new FlakyStore(new LocalLakeObjectStore(primaryLake.Root)) { FailuresLeft = 1 };
        var store = new FallbackLakeObjectStore(primary, new LocalLakeObjectStore(fallbackLake.Root));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var staging = store.GetStagingPath(Key);
        await File.WriteAllTextAsync(staging, "parquet bytes");

        await Assert.ThrowsAsync<IOException>(() => store.PutFileAsync(Key, staging, cancelled.Token));

        Assert.Empty(fallbackLake.Files());
        Assert.Empty(store.Failures);
    }

    /// <summary>A store whose first puts fail as an unreachable S3 bucket's do, with an <see cref="IOException"/>.
    /// </summary>
    private sealed class FlakyStore(LocalLakeObjectStore inner) : ILakeObjectStore
    {
        public int FailuresLeft { get; set; }

        public string GetStagingPath(string key) => inner.GetStagingPath(key);

        public Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default) =>
            FailuresLeft-- > 0
                ? Task.FromException(new IOException("the store is down"))
                : inner.PutFileAsync(key, path, cancellationToken);

        public Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default) =>
            FailuresLeft-- > 0
                ? Task.FromException(new IOException("the store is down"))
                : inner.PutAsync(key, content, cancellationToken);

        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(key, cancellationToken);

        public string Describe(string key) => inner.Describe(key);
    }
}
