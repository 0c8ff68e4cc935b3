using System.Collections.Concurrent;
using Panther.Sinks.Storage;

namespace Panther.Sinks.Snowflake;

/// <summary>An object store that remembers the keys of the objects it put, once each is visible, so that
/// <see cref="SnowflakeLakeSink"/> can load exactly the files it wrote.</summary>
/// <param name="store">The store the objects go to.</param>
internal sealed class WrittenFileRecorder(ILakeObjectStore store) : ILakeObjectStore
{
    private readonly ConcurrentQueue<string> _written = new();

    public string GetStagingPath(string key) => store.GetStagingPath(key);

    public async Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default)
    {
        await store.PutFileAsync(key, path, cancellationToken).ConfigureAwait(false);
        _written.Enqueue(key);
    }

    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        await store.PutAsync(key, content, cancellationToken).ConfigureAwait(false);
        _written.Enqueue(key);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(key, cancellationToken);

    public string Describe(string key) => store.Describe(key);

    /// <summary>Takes the keys put since the last call, in the order they became visible.</summary>
    public List<string> TakeWritten()
    {
        var keys = new List<string>();
        while (_written.TryDequeue(out var key))
        {
            keys.Add(key);
        }

        return keys;
    }
}
