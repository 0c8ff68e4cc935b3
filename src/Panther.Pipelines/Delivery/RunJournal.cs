using System.Text.Json;
using Panther.Sinks.Storage;

namespace Panther.Pipelines.Delivery;

/// <summary>
/// What a run has put in the lake, written down before it is put, so that a run either counts whole or not at all.
/// A journal is a JSON lines file in <c>STATE/runs/</c>: one <c>{"key": KEY}</c> per lake object, one
/// <c>{"file": PATH}</c> for the run's quarantine file (relative to the folder that holds the state folder), and,
/// when the run ends well, one <c>{"commit": [ENTRY, ...]}</c> with the inputs it read, as the ledger writes them.
/// <see cref="Commit"/> then adds the inputs to the <see cref="InputLedger"/> and deletes the journal.
/// </summary>
/// <remarks>
/// <para>A journal still there when the next run starts belongs to a run that crashed or was killed.
/// <see cref="RecoverAsync"/> finishes it when it has its commit line, and otherwise removes every object and file
/// it names, so that its inputs, which are not in the ledger, are read again and their events end up in the lake
/// once. Recover only under a <see cref="RunLock"/>, since the journal of a run still going looks the same.</para>
/// <para>Each line is forced to disk before the put it announces. Thread-safe: the workers of a run share it.</para>
/// </remarks>
public sealed class RunJournal : IDisposable
{
    /// <summary>The folder of the journals, in the state folder.</summary>
    public const string Folder = "runs";

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly Lock _gate = new();
    private bool _committed;

    private readonly string _workFolder;

    private RunJournal(string path, string workFolder)
    {
        FilePath = path;
        _workFolder = workFolder;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        _writer = new Utf8JsonWriter(_stream);
    }

    /// <summary>Gets the journal's file.</summary>
    public string FilePath { get; }

    /// <summary>Starts the journal of a new run.</summary>
    /// <param name="stateFolder">The lake's state folder.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="IOException">The journal cannot be written.</exception>
    public static RunJournal Start(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateFolder);
        var state = Path.GetFullPath(stateFolder);
        var folder = Path.Combine(state, Folder);
        Directory.CreateDirectory(folder);
        return new RunJournal(Path.Combine(folder, $"{Guid.CreateVersion7():N}.jsonl"), WorkFolder(state));
    }

    /// <summary>Finishes or undoes the runs whose journals are left in a state folder.</summary>
    /// <param name="stateFolder">The lake's state folder.</param>
    /// <param name="store">The lake's store, where undone runs' objects are deleted.</param>
    /// <param name="ledger">The ledger that committed runs' inputs are added to.</param>
    /// <param name="cancellationToken">Stops the work between objects.</param>
    /// <returns>What was done.</returns>
    /// <exception cref="IOException">An object or file cannot be deleted; the journal is kept for the next try.
    /// </exception>
    public static async Task<JournalRecovery> RecoverAsync(string stateFolder, ILakeObjectStore store,
        InputLedger ledger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateFolder);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ledger);
        var state = Path.GetFullPath(stateFolder);
        var folder = Path.Combine(state, Folder);
        var recovery = new JournalRecovery();
        if (!Directory.Exists(folder))
        {
            return recovery;
        }

        var work = WorkFolder(state);
        foreach (var path in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var (keys, files, committed) = Read(path);
            if (committed is not null)
            {
                ledger.Add(committed);
                recovery = recovery with { RunsFinished = recovery.RunsFinished + 1 };
            }
            else
            {
                var removed = 0;
                foreach (var key in keys)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    removed += await TryDeleteAsync(store, key, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }

                foreach (var file in files.Select(file => QuarantinePath(work, file)).OfType<string>()
                    .Where(File.Exists))
                {
                    File.Delete(file);
                    removed++;
                }

                recovery = recovery with
                {
                    RunsUndone = recovery.RunsUndone + 1,
                    FilesRemoved = recovery.FilesRemoved + removed,
                };
            }

            File.Delete(path);
        }

        return recovery;
    }

    /// <summary>Writes down a lake object that is about to be put.</summary>
    /// <param name="key">The object's key.</param>
    public void RecordKey(string key) => Write("key", key);

    /// <summary>Writes down the run's quarantine file before it becomes visible, as a path relative to the folder
    /// that holds the state folder.</summary>
    /// <param name="path">The file's path, in the <c>quarantine/</c> folder beside the state folder.</param>
    /// <exception cref="ArgumentException">The file is not in that quarantine folder.</exception>
    public void RecordFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var relative = Path.GetRelativePath(_workFolder, Path.GetFullPath(path));
        if (QuarantinePath(_workFolder, relative) is null)
        {
            throw new ArgumentException($"'{path}' is not in the quarantine folder of {_workFolder}.", nameof(path));
        }

        Write("file", relative.Replace(Path.DirectorySeparatorChar, '/'));
    }

    /// <summary>Commits the run: writes the commit line, adds the inputs read to the ledger and deletes the
    /// journal. Call it once everything the run wrote is in place.</summary>
    /// <param name="inputs">The inputs the run read, to their end or in part.</param>
    /// <param name="ledger">The lake's ledger.</param>
    public void Commit(IEnumerable<InputLedgerEntry> inputs, InputLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(ledger);
        var entries = inputs.ToList();
        lock (_gate)
        {
            _writer.WriteStartObject();
            _writer.WriteStartArray("commit");
            foreach (var entry in entries)
            {
                InputLedger.Write(_writer, entry);
            }

            _writer.WriteEndArray();
            _writer.WriteEndObject();
            EndLine();
            _committed = true;
        }

        ledger.Add(entries);
        Dispose();
        File.Delete(FilePath);
    }

    /// <summary>Closes the journal's file; a journal not committed stays for the next run to undo.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }

    private void Write(string name, string value)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_committed, this);
            _writer.WriteStartObject();
            _writer.WriteString(name, value);
            _writer.WriteEndObject();
            EndLine();
        }
    }

    private void EndLine()
    {
        _writer.Flush();
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
        _stream.Flush(flushToDisk: true);
    }

    /// <summary>Deletes a journal's object; a key that is not a lake key, from a damaged or planted journal, is left
    /// alone.</summary>
    private static async Task<bool> TryDeleteAsync(ILakeObjectStore store, string key,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The folder that holds the state folder: the lake's root, or the work folder of an S3 lake.</summary>
    private static string WorkFolder(string stateFolder) => Path.GetDirectoryName(stateFolder)!;

    /// <summary>Resolves a journal's file entry against the work folder; null unless it is inside its quarantine
    /// folder, so that a damaged or planted journal can delete nothing else.</summary>
    private static string? QuarantinePath(string workFolder, string entry)
    {
        var folder = Path.Combine(workFolder, Quarantine.LakeQuarantineWriter.Folder) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(workFolder, entry));
        return path.StartsWith(folder, StringComparison.Ordinal) ? path : null;
    }

    private static (List<string> Keys, List<string> Files, List<InputLedgerEntry>? Committed) Read(string path)
    {
        var (keys, files) = (new List<string>(), new List<string>());
        List<InputLedgerEntry>? committed = null;
        foreach (var line in File.ReadLines(path))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (root.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
                {
                    keys.Add(key.GetString()!);
                }
                else if (root.TryGetProperty("file", out var file) && file.ValueKind == JsonValueKind.String)
                {
                    files.Add(file.GetString()!);
                }
                else if (root.TryGetProperty("commit", out var inputs) && inputs.ValueKind == JsonValueKind.Array)
                {
                    committed = [.. inputs.EnumerateArray().Select(InputLedger.Read).OfType<InputLedgerEntry>()];
                }
            }
            catch (JsonException)
            {
                // A line cut short by a crash announces nothing that was completed.
            }
        }

        return (keys, files, committed);
    }
}
