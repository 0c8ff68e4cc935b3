namespace Panther.Sinks.Storage;

/// <summary>
/// Puts objects in a primary store (an S3 bucket) and, when a put still fails after the primary's own retries,
/// keeps the complete file in a local folder under the same key instead, so that a failed upload never loses a batch.
/// <see cref="PutPendingAsync"/> later moves the kept files to the primary store.
/// </summary>
/// <remarks>Files are kept whole and under their final key, so a kept file is already a valid lake file: pointing
/// <c>panther query</c> at the folder reads it. A cancelled put is not kept: cancellation means the caller stops.
/// </remarks>
public sealed class FallbackLakeObjectStore : ILakeObjectStore, IDisposable
{
    private readonly ILakeObjectStore _primary;
    private readonly LocalLakeObjectStore _fallback;
    private readonly List<LakeObjectFailure> _failures = [];
    private readonly Lock _gate = new();

    /// <summary>Initializes a store that keeps failed puts in <paramref name="fallback"/>.</summary>
    /// <param name="primary">Where objects should go.</param>
    /// <param name="fallback">Where objects go when the primary store fails.</param>
    public FallbackLakeObjectStore(ILakeObjectStore primary, LocalLakeObjectStore fallback)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(fallback);
        _primary = primary;
        _fallback = fallback;
    }

    /// <summary>Gets the puts that failed and were kept in the fallback folder, in order.</summary>
    public IReadOnlyList<LakeObjectFailure> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    /// <summary>Gets the local folder of the kept files.</summary>
    public string FallbackRoot => _fallback.Root;

    /// <inheritdoc />
    public string GetStagingPath(string key) => _primary.GetStagingPath(key);

    /// <inheritdoc />
    public async Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default)
    {
        try
        {
            await _primary.PutFileAsync(key, path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await _fallback.PutFileAsync(key, path, CancellationToken.None).ConfigureAwait(false);
            Record(key, ex);
        }
    }

    /// <inheritdoc />
    /// <remarks>A stream that cannot seek cannot be replayed into the fallback folder: its failure is thrown.
    /// </remarks>
    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.CanSeek ? content.Position : -1;
        try
        {
            await _primary.PutAsync(key, content, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested && start >= 0)
        {
            content.Position = start;
            await _fallback.PutAsync(key, content, CancellationToken.None).ConfigureAwait(false);
            Record(key, ex);
        }
    }

    /// <inheritdoc />
    public string Describe(string key) => _primary.Describe(key);

    /// <inheritdoc />
    /// <remarks>Deletes the object from the primary store and the copy kept for a later upload, if any.</remarks>
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        await _fallback.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        await _primary.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Disposes the primary store when it is disposable.</summary>
    public void Dispose() => (_primary as IDisposable)?.Dispose();

    /// <summary>Moves every file kept in the fallback folder to the primary store, oldest first. A file that fails
    /// again stays where it is.</summary>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>How many files were moved and how many are still kept.</returns>
    public async Task<(int Moved, int Kept)> PutPendingAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_fallback.Root))
        {
            return (0, 0);
        }

        var moved = 0;
        var kept = 0;
        var files = Directory.EnumerateFiles(_fallback.Root, "*", SearchOption.AllDirectories)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(_fallback.Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!LakeObjectKey.IsValid(key))
            {
                kept++;
                continue;
            }

            try
            {
                await _primary.PutFileAsync(key, path, cancellationToken).ConfigureAwait(false);
                File.Delete(path);
                moved++;
            }
            catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
            {
                Record(key, ex);
                kept++;
            }
        }

        return (moved, kept);
    }

    private void Record(string key, IOException exception)
    {
        lock (_gate)
        {
            _failures.Add(new LakeObjectFailure(key, _primary.Describe(key), exception.Message));
        }
    }
}
