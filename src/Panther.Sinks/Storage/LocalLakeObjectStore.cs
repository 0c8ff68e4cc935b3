namespace Panther.Sinks.Storage;

/// <summary>
/// Keeps lake objects as files under a local folder, the key's segments as sub-folders. A file is staged as
/// <c>.NAME.tmp</c> in its final folder and renamed when complete, so readers that list <c>*.parquet</c> never see
/// a partial file and a crash leaves at most a hidden temporary file.
/// </summary>
public sealed class LocalLakeObjectStore : ILakeObjectStore
{
    /// <summary>Initializes a store over a folder.</summary>
    /// <param name="root">The root folder; made absolute. It need not exist yet.</param>
    /// <exception cref="ArgumentException"><paramref name="root"/> is empty.</exception>
    public LocalLakeObjectStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>Gets the absolute path of the root folder.</summary>
    public string Root { get; }

    /// <summary>Gets the local path of an object.</summary>
    /// <param name="key">The object key.</param>
    /// <returns>The absolute path, inside <see cref="Root"/>.</returns>
    /// <exception cref="ArgumentException">The key is not valid or points outside the root.</exception>
    public string GetPath(string key)
    {
        LakeObjectKey.Validate(key);
        var path = Path.GetFullPath(Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Object key '{key}' is outside the root '{Root}'.", nameof(key));
        }

        return path;
    }

    /// <inheritdoc />
    /// <remarks>The staging file is <c>.NAME.tmp</c> beside the object, so that the put is a rename.</remarks>
    public string GetStagingPath(string key) => StagingPath(key);

    /// <summary>
    /// Deletes the staging files (<c>.NAME.tmp</c>) that a process stopped mid-write left under a folder, when they
    /// are older than <paramref name="olderThan"/>, so that a run still writing its own is not disturbed. Readers never
    /// see these files; this only gives back the space.
    /// </summary>
    /// <param name="root">The folder: a lake root or a work folder.</param>
    /// <param name="olderThan">How old a staging file must be to be deleted.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    /// <returns>The number of files deleted.</returns>
    public static int RemoveStaleStagingFiles(string root, TimeSpan olderThan, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var cutoff = (timeProvider ?? TimeProvider.System).GetUtcNow().UtcDateTime - olderThan;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(root, ".*.tmp", SearchOption.AllDirectories))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file another process holds or removed meanwhile is left to a later run.
            }
        }

        return removed;
    }

    private string StagingPath(string key)
    {
        var path = GetPath(key);
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, "." + Path.GetFileName(path) + ".tmp");
    }

    /// <inheritdoc />
    /// <remarks>A file staged in the object's folder is renamed; any other file is copied beside the object
    /// first. An existing object is never replaced: the put fails with an <see cref="IOException"/>.</remarks>
    public Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        cancellationToken.ThrowIfCancellationRequested();
        var target = GetPath(key);
        var source = Path.GetFullPath(path);
        if (string.Equals(Path.GetDirectoryName(source), Path.GetDirectoryName(target), StringComparison.Ordinal))
        {
            File.Move(source, target, overwrite: false);
            return Task.CompletedTask;
        }

        var staging = GetStagingPath(key);
        try
        {
            File.Copy(source, staging, overwrite: false);
            File.Move(staging, target, overwrite: false);
        }
        finally
        {
            File.Delete(staging);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = GetPath(key);
        var staging = GetStagingPath(key);
        try
        {
            var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16,
                FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await content.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(staging, target, overwrite: false);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <inheritdoc />
    public string Describe(string key) => key.Length == 0 ? Root : GetPath(key);

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = GetPath(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }
}
