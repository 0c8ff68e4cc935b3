using System.Text.Json;
using Panther.Pipelines.Sources;

namespace Panther.Pipelines.Delivery;

/// <summary>
/// The inputs a lake already holds, known by their <see cref="FileInput.Identity"/>: a JSON lines file with one
/// <c>{"input": IDENTITY}</c> per input read to its end, and <c>{"input": IDENTITY, "resumeAt": OFFSET}</c> for an
/// input whose reading failed part-way, added to when a run commits (<see cref="RunJournal.Commit"/>). A run that
/// leaves out the inputs read to their end, and picks up the others where they stopped, reads nothing twice.
/// </summary>
/// <remarks>A line that cannot be read, such as the last one of a machine that lost power while writing it, is left
/// out: its input is then read again. The next entry starts on a line of its own. Not thread-safe.</remarks>
public sealed class InputLedger
{
    private readonly Dictionary<string, long?> _entries = new(StringComparer.Ordinal);

    private InputLedger(string path) => FilePath = path;

    /// <summary>Gets the ledger's file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the number of inputs in the ledger, read to their end or in part.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads a ledger, or starts an empty one when the file does not exist yet.</summary>
    /// <param name="path">The ledger's file.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static InputLedger Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var ledger = new InputLedger(Path.GetFullPath(path));
        if (!File.Exists(path))
        {
            return ledger;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (ReadEntry(line) is { } entry)
            {
                ledger.Merge(entry);
            }
        }

        return ledger;
    }

    /// <summary>Says whether the ledger holds an input read to its end; never for an input without an identity.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> when a committed run read it to its end.</returns>
    public bool Contains(FileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Identity is { } identity && _entries.TryGetValue(identity, out var resumeAt) && resumeAt is null;
    }

    /// <summary>Gets where a later read of an input picks up: the offset a committed run stopped at, or 0.</summary>
    /// <param name="input">The input.</param>
    /// <returns>The byte offset of the decoded input; 0 for an input not in the ledger or read to its end.</returns>
    public long GetResumeAt(FileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Identity is { } identity && _entries.TryGetValue(identity, out var resumeAt) ? resumeAt ?? 0 : 0;
    }

    /// <summary>Adds inputs and makes them durable before returning. An input read to its end stays so; one read
    /// in part keeps the furthest offset.</summary>
    /// <param name="entries">The inputs.</param>
    internal void Add(IEnumerable<InputLedgerEntry> entries)
    {
        var added = entries.Where(Merge).ToList();
        if (added.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        using var stream = new FileStream(FilePath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length > 0)
        {
            stream.Seek(-1, SeekOrigin.End);
            if (stream.ReadByte() != '\n')
            {
                stream.WriteByte((byte)'\n');
            }
        }

        using (var writer = new Utf8JsonWriter(stream))
        {
            foreach (var entry in added)
            {
                Write(writer, entry);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }

        stream.Flush(flushToDisk: true);
    }

    /// <summary>Writes an entry as one JSON object: <c>input</c>, and <c>resumeAt</c> for an input read in part.
    /// </summary>
    internal static void Write(Utf8JsonWriter writer, InputLedgerEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("input", entry.Identity);
        if (entry.ResumeAt is { } resumeAt)
        {
            writer.WriteNumber("resumeAt", resumeAt);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an entry written by <see cref="Write"/>; null for anything else.</summary>
    internal static InputLedgerEntry? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        if (!element.TryGetProperty("resumeAt", out var resumeAt))
        {
            return new InputLedgerEntry(input.GetString()!);
        }

        return resumeAt.ValueKind == JsonValueKind.Number && resumeAt.TryGetInt64(out var offset) && offset > 0
            ? new InputLedgerEntry(input.GetString()!, offset)
            : null;
    }

    /// <summary>Takes an entry in; returns whether it changed the ledger.</summary>
    private bool Merge(InputLedgerEntry entry)
    {
        if (_entries.TryGetValue(entry.Identity, out var known)
            && (known is null || (entry.ResumeAt is { } offset && offset <= known)))
        {
            return false;
        }

        _entries[entry.Identity] = entry.ResumeAt;
        return true;
    }

    private static InputLedgerEntry? ReadEntry(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
