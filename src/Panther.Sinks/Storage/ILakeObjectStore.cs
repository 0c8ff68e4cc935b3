namespace Panther.Sinks.Storage;

/// <summary>
/// Where the lake's finished files go: a local folder (<see cref="LocalLakeObjectStore"/>) or an S3 bucket
/// (<see cref="S3LakeObjectStore"/>). Keys are relative, with <c>/</c> separators, exactly as
/// <see cref="Layout.LakeLayout.GetObjectKey"/> makes them.
/// </summary>
/// <remarks>
/// An object becomes visible under its key only once it is complete: a reader that lists the store never sees half
/// an object, and a failed or cancelled put leaves nothing visible. Callers encode a file in the local staging path
/// the store gives them (<see cref="GetStagingPath"/>), then hand it over with <see cref="PutFileAsync"/>.
/// </remarks>
public interface ILakeObjectStore
{
    /// <summary>Gets a local path, not yet existing, where the content of <paramref name="key"/> may be written
    /// before it is put. Its folder exists. The caller deletes the file when done with it.</summary>
    /// <param name="key">The object key.</param>
    /// <returns>An absolute path of a file that nobody else uses.</returns>
    /// <exception cref="ArgumentException">The key is not a valid lake key.</exception>
    string GetStagingPath(string key);

    /// <summary>Puts the content of a complete local file under <paramref name="key"/>. The file may be moved
    /// away by the store; delete it afterwards if it is still there.</summary>
    /// <param name="key">The object key.</param>
    /// <param name="path">The local file.</param>
    /// <param name="cancellationToken">Cancels the put; nothing is then visible under the key.</param>
    /// <returns>A task that completes when the object is visible.</returns>
    /// <exception cref="IOException">The store failed; the message names the object, never a credential.</exception>
    Task PutFileAsync(string key, string path, CancellationToken cancellationToken = default);

    /// <summary>Puts the rest of <paramref name="content"/> under <paramref name="key"/>.</summary>
    /// <param name="key">The object key.</param>
    /// <param name="content">The content, read to its end; not disposed.</param>
    /// <param name="cancellationToken">Cancels the put; nothing is then visible under the key.</param>
    /// <returns>A task that completes when the object is visible.</returns>
    /// <exception cref="IOException">The store failed; the message names the object, never a credential.</exception>
    Task PutAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Deletes an object, such as a file of a run that did not finish; nothing happens when there is none.
    /// </summary>
    /// <param name="key">The object key.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>A task that completes when the object is gone.</returns>
    /// <exception cref="IOException">The store failed; the message names the object, never a credential.</exception>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Names an object for messages and summaries: a path, or <c>s3://bucket/prefix/key</c>.</summary>
    /// <param name="key">The object key; empty for the store's root.</param>
    /// <returns>The location.</returns>
    string Describe(string key);
}
