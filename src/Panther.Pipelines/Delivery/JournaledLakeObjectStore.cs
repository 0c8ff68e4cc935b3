using Panther.Sinks.Storage;

namespace Panther.Pipelines.Delivery;

/// <summary>
/// An object store that writes each key to a <see cref="RunJournal"/> before putting the object, so that the files
/// of a run that never commits can be found and removed by the next one.
/// </summary>
/// <param name="store">The store the objects go to; the caller keeps ownership.</param>
/// <param name="journal">The run's journal.</param>
public sealed class JournaledLakeObjectStore(ILakeObjectStore store, RunJournal journal) : ILakeObjectStore
{
    private readonly ILakeObjectStore _store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly RunJournal _journal = journal ?? throw new ArgumentNullException(nameof(journal));

    /// <inheritdoc />
    public string GetStagingPath(string key) => _store.GetStagingPath(key);

    /// <inheritdoc />
    public Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default)
    {
        _journal.RecordKey(key);
        return _store.PutFileAsync(key, path, cancellationToken);
    }

    /// <inheritdoc />
    public Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        _journal.RecordKey(key);
        return _store.PutAsync(key, content, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(key, cancellationToken);

    /// <inheritdoc />
    public string Describe(string key) => _store.Describe(key);
}
