namespace Panther.Pipelines.Delivery;

/// <summary>
/// Keeps other runs off a lake while one writes to it: an exclusive lock on <c>run.lock</c> in the lake's state
/// folder, held until disposed. The operating system releases it when the process ends, killed or not, so a crashed
/// run never leaves the lake locked.
/// </summary>
public sealed class RunLock : IDisposable
{
    /// <summary>The name of the lock file.</summary>
    public const string FileName = "run.lock";

    private readonly FileStream _stream;

    private RunLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock of a state folder, which is created when missing.</summary>
    /// <param name="stateFolder">The state folder.</param>
    /// <returns>The lock; dispose it to release.</returns>
    /// <exception cref="IOException">Another run holds the lock, or the folder cannot be written.</exception>
    public static RunLock Acquire(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateFolder);
        Directory.CreateDirectory(stateFolder);
        var path = Path.Combine(stateFolder, FileName);
        try
        {
            return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (File.Exists(path))
        {
            throw new IOException($"another run is writing to this lake ({path} is locked); wait for it to end", ex);
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
