using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panther.Rules.Alerts;

/// <summary>
/// Keeps deduplication state in memory and writes it to a JSON file on <see cref="FlushAsync"/>, so alerts keep
/// grouping across restarts. The file is replaced atomically (written beside it, then renamed), so a crash leaves
/// the previous state, never a torn file.
/// </summary>
/// <remarks>
/// Keys not updated for <see cref="Retention"/> are dropped when flushing. A key that comes back after that starts
/// counting alerts from one again, so its first alert id repeats an old one. One process should own a file.
/// </remarks>
public sealed class FileAlertStateStore : IAlertStateStore, IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly MemoryAlertStateStore _memory = new();
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="FileAlertStateStore"/> class, loading the file if
    /// any.</summary>
    /// <param name="path">The state file.</param>
    /// <param name="timeProvider">The clock for retention; the system clock when null.</param>
    /// <exception cref="InvalidDataException">The file exists but does not hold alert state.</exception>
    /// <exception cref="IOException">The path is a folder, or the file cannot be read.</exception>
    public FileAlertStateStore(string path, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        _time = timeProvider ?? TimeProvider.System;
        if (Directory.Exists(Path))
        {
            throw new IOException($"{Path}: is a folder; the alert state needs a file path.");
        }

        if (!File.Exists(Path))
        {
            return;
        }

        try
        {
            var states = JsonSerializer.Deserialize<List<AlertState?>>(File.ReadAllBytes(Path), JsonOptions) ?? [];
            if (states.Any(state => state?.Alert is null || state.Key.RuleId is null || state.Key.DedupKey is null))
            {
                throw new JsonException("an entry is empty or lacks its key or alert");
            }

            _memory.Load(states!);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException(
                $"{Path}: not an alert state file ({ex.Message}); move it away to start with empty state.", ex);
        }
    }

    /// <summary>Gets the state file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets or sets how long a key is kept after its last match. Defaults to 30 days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    /// <inheritdoc />
    public AlertState? Find(AlertKey key) => _memory.Find(key);

    /// <inheritdoc />
    public void Save(AlertState state) => _memory.Save(state);

    /// <inheritdoc />
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _memory.RemoveOlderThan(_time.GetUtcNow().UtcDateTime - Retention);
            var directory = System.IO.Path.GetDirectoryName(Path)!;
            Directory.CreateDirectory(directory);
            var temporary = System.IO.Path.Combine(
                directory, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
            var stream = File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, _memory.All.ToList(), JsonOptions, cancellationToken)
                    .ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
