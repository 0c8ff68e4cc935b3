using System.Buffers;
using System.Text;
using System.Text.Json;
using Sylvan.Data.Csv;

namespace Panther.Pipelines.Enrichment;

/// <summary>
/// Rows of business context keyed by one of their fields, read from a CSV file (a header row, then one row per line;
/// every value a string) or a JSON lines file (one object per line). Keys compare ordinally, ignoring case, so
/// <c>Alice@Example.com</c> finds <c>alice@example.com</c>. Each row is kept as the UTF-8 JSON object it is written
/// into <c>p_enrichment</c> as.
/// </summary>
/// <remarks>Rows without a key value are skipped; of rows with the same key, the first is kept. Both are counted.
/// </remarks>
public sealed class LookupTable
{
    /// <summary>The longest CSV row read, in characters: 1 MiB.</summary>
    public const int MaxCsvRowChars = 1 << 20;

    private readonly Dictionary<string, byte[]> _rows;
    private readonly Dictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private LookupTable(string name, string keyField, Dictionary<string, byte[]> rows, int skipped, int duplicates)
    {
        Name = name;
        KeyField = keyField;
        _rows = rows;
        _lookup = rows.GetAlternateLookup<ReadOnlySpan<char>>();
        SkippedRows = skipped;
        DuplicateKeys = duplicates;
    }

    /// <summary>Gets the table's name, the first level of <c>p_enrichment</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the field whose value is each row's key.</summary>
    public string KeyField { get; }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Gets the number of rows skipped because their key was missing or empty.</summary>
    public int SkippedRows { get; }

    /// <summary>Gets the number of rows skipped because an earlier row had the same key.</summary>
    public int DuplicateKeys { get; }

    /// <summary>Finds the row of a key; does not allocate.</summary>
    /// <param name="key">The key.</param>
    /// <param name="row">The row, as a UTF-8 JSON object.</param>
    /// <returns><see langword="true"/> when the table has the key.</returns>
    public bool TryGetRow(scoped ReadOnlySpan<char> key, out ReadOnlySpan<byte> row)
    {
        if (_lookup.TryGetValue(key, out var json))
        {
            row = json;
            return true;
        }

        row = default;
        return false;
    }

    /// <summary>Reads a table from a file: CSV for <c>.csv</c>, JSON lines for <c>.jsonl</c>, <c>.ndjson</c> and
    /// <c>.json</c>.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="path">The file.</param>
    /// <param name="keyField">The column or member that keys the rows.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The file is not valid; the message names it, and the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LookupTable Load(string name, string path, string keyField) =>
        Load(name, new FileLookupTableSource(path), keyField);

    /// <summary>Reads a table from a source, in the format its name ends with: CSV for <c>.csv</c>, JSON lines for
    /// <c>.jsonl</c>, <c>.ndjson</c> and <c>.json</c>.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="source">The file or object.</param>
    /// <param name="keyField">The column or member that keys the rows.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The content is not valid; the message names the source, and the
    /// line.</exception>
    /// <exception cref="IOException">The source cannot be read.</exception>
    public static LookupTable Load(string name, ILookupTableSource source, string keyField)
    {
        ArgumentNullException.ThrowIfNull(source);
        var extension = Path.GetExtension(source.Name).ToUpperInvariant();
        if (extension is not (".CSV" or ".JSONL" or ".NDJSON" or ".JSON"))
        {
            throw new InvalidDataException(
                $"{source.Name}: a lookup table must be a .csv or a .jsonl (JSON lines) file.");
        }

        using var reader = new StreamReader(source.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return extension == ".CSV"
            ? ReadCsv(name, reader, keyField, source.Name)
            : ReadJsonLines(name, reader, keyField, source.Name);
    }

    /// <summary>Reads a CSV table: a header row naming the columns, then the rows.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="reader">The CSV text.</param>
    /// <param name="keyField">The key column.</param>
    /// <param name="source">The name of the input in messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The header lacks the key column, or a line is malformed.</exception>
    public static LookupTable ReadCsv(string name, TextReader reader, string keyField, string source)
    {
        Validate(name, keyField, reader);
        var rows = new RowCollector(name, keyField);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(reader, new CsvDataReaderOptions
            {
                OwnsReader = false,
                MaxBufferSize = MaxCsvRowChars,
            });
        }
        catch (CsvMissingHeadersException ex)
        {
            throw new InvalidDataException($"{source}: the file is empty; a CSV lookup table starts with a header row.",
                ex);
        }
        catch (CsvRecordTooLargeException ex)
        {
            throw new InvalidDataException(
                $"{source}: the header row is longer than the {MaxCsvRowChars:N0} characters a row may have.", ex);
        }

        using var disposeCsv = csv;
        try
        {
            var header = Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToArray();
            var key = Array.FindIndex(header, h => string.Equals(h, keyField, StringComparison.Ordinal));
            if (key < 0)
            {
                throw new InvalidDataException(
                    $"{source}: the header has no column '{keyField}' (columns: {string.Join(", ", header)}).");
            }

            if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new InvalidDataException($"{source}: the header names the column '{twice.Key}' twice.");
            }

            while (csv.Read())
            {
                if (csv.RowFieldCount != header.Length)
                {
                    throw new InvalidDataException(
                        $"{source}: row {csv.RowNumber} after the header: {csv.RowFieldCount} values for " +
                        $"{header.Length} columns.");
                }

                rows.Add(csv.GetString(key), writer =>
                {
                    for (var i = 0; i < header.Length; i++)
                    {
                        writer.WriteString(header[i], csv.GetString(i));
                    }
                });
            }
        }
        catch (CsvRecordTooLargeException ex)
        {
            throw new InvalidDataException(
                $"{source}: row {ex.RowNumber} after the header is longer than the {MaxCsvRowChars:N0} characters a "
                + "row may have.", ex);
        }
        catch (CsvFormatException ex)
        {
            throw new InvalidDataException(
                $"{source}: row {ex.RowNumber} after the header: the CSV file is not valid ({ex.Message}).", ex);
        }

        return rows.ToTable();
    }

    /// <summary>Reads a JSON lines table: one object per line; blank lines are ignored.</summary>
    /// <param name="name">The table's name.</param>
    /// <param name="reader">The text.</param>
    /// <param name="keyField">The member that keys the rows: a string or a number.</param>
    /// <param name="source">The name of the input in messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">A line is not a JSON object.</exception>
    public static LookupTable ReadJsonLines(string name, TextReader reader, string keyField, string source)
    {
        Validate(name, keyField, reader);
        var rows = new RowCollector(name, keyField);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{source}: line {number}: not valid JSON ({ex.Message}).", ex);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException($"{source}: line {number}: a row must be a JSON object.");
                }

                var key = root.TryGetProperty(keyField, out var value) ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                } : null;
                rows.Add(key, writer =>
                {
                    foreach (var member in root.EnumerateObject())
                    {
                        member.WriteTo(writer);
                    }
                });
            }
        }

        return rows.ToTable();
    }

    private static void Validate(string name, string keyField, TextReader reader)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(keyField);
        ArgumentNullException.ThrowIfNull(reader);
    }

    /// <summary>Turns rows into their JSON objects and keys, counting the rows it skips.</summary>
    private sealed class RowCollector(string name, string keyField)
    {
        private readonly Dictionary<string, byte[]> _rows = new(StringComparer.OrdinalIgnoreCase);
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private int _skipped;
        private int _duplicates;

        public void Add(string? key, Action<Utf8JsonWriter> writeMembers)
        {
            if (string.IsNullOrEmpty(key))
            {
                _skipped++;
                return;
            }

            if (_rows.ContainsKey(key))
            {
                _duplicates++;
                return;
            }

            _buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_buffer))
            {
                writer.WriteStartObject();
                writeMembers(writer);
                writer.WriteEndObject();
            }

            _rows.Add(key, _buffer.WrittenSpan.ToArray());
        }

        public LookupTable ToTable() => new(name, keyField, _rows, _skipped, _duplicates);
    }
}
