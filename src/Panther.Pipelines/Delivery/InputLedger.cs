using System.Text.Json;
using Panther.Pipelines.Sources;

namespace Panther.Pipelines.Delivery;

/// <summary>
/// The inputs a lake already holds, known by their <see cref="FileInput.Identity"/>: a JSON lines file with one
/// <c>{"input": IDENTITY}</c> per input, added to when a run commits (<see cref="RunJournal.Commit"/>). A run that
/// leaves out the inputs the ledger contains reads nothing twice.
/// </summary>
/// <remarks>A line that cannot be read, such as the last one of a machine that lost power while writing it, is left
/// out: its input is then read again. Not thread-safe.</remarks>
public sealed class InputLedger
{
    private readonly HashSet<string> _identities = new(StringComparer.Ordinal);

    private InputLedger(string path) => FilePath = path;

    /// <summary>Gets the ledger's file.</summary>
    public string FilePath { get; }

    /// <summary>Gets the number of inputs in the ledger.</summary>
    public int Count => _identities.Count;

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
            if (ReadIdentity(line) is { } identity)
            {
                ledger._identities.Add(identity);
            }
        }

        return ledger;
    }

    /// <summary>Says whether the ledger holds an input; never for an input without an identity.</summary>
    /// <param name="input">The input.</param>
    /// <returns><see langword="true"/> when a committed run read it.</returns>
    public bool Contains(FileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Identity is { } identity && _identities.Contains(identity);
    }

    /// <summary>Adds inputs and makes them durable before returning.</summary>
    /// <param name="identities">The identities of the inputs; those already there are left out.</param>
    internal void Add(IEnumerable<string> identities)
    {
        var added = identities.Where(_identities.Add).ToList();
        if (added.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        using (var writer = new Utf8JsonWriter(stream))
        {
            foreach (var identity in added)
            {
                writer.WriteStartObject();
                writer.WriteString("input", identity);
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
            }
        }

        stream.Flush(flushToDisk: true);
    }

    private static string? ReadIdentity(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("input", out var input)
                && input.ValueKind == JsonValueKind.String
                    ? input.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
