using System.Buffers;
using System.Text;
using System.Text.Json;
using Amazon.S3;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Storage;

namespace Panther.Pipelines.Enrichment;

/// <summary>
/// Adds <c>p_enrichment</c> to events before rules run: for each lookup table matched against the event's log type,
/// the value at each configured field path is looked up, and the rows found are set as
/// <c>{"table": {"field.path": row}}</c> (a list of rows for an array field). An event that matches nothing is left
/// alone and costs hash lookups only: no allocation on a miss, nor, once the buffers have grown, on a hit.
/// </summary>
/// <remarks>
/// <para>Tables are read when the enricher is made, from local files or from S3 objects (<c>s3://bucket/key</c>
/// paths), and read again by <see cref="Enrich(EventBatch)"/> when their version changed (a file's size or time,
/// an object's ETag), at most once per <see cref="ReloadInterval"/>. A source that fails to read again leaves the
/// table as it was, and the failure is kept in <see cref="ReloadErrors"/>.</para>
/// <para>Values longer than 512 bytes are not looked up. Not thread-safe: one caller at a time.</para>
/// </remarks>
public sealed class LookupEnricher : IDisposable
{
    private const int MaxKeyBytes = 512;

    private readonly LookupTableDefinition[] _definitions;
    private readonly LookupTable[] _tables;
    private readonly ILookupTableSource[] _sources;
    private readonly string?[] _versions;
    private readonly AmazonS3Client? _ownedClient;
    private readonly Dictionary<string, Matcher[]> _matchers = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly List<string> _reloadErrors = [];
    private readonly TimeProvider _time;
    private DateTimeOffset _lastCheck;

    /// <summary>Reads the tables.</summary>
    /// <param name="definitions">The tables and what they match.</param>
    /// <param name="timeProvider">The clock for <see cref="ReloadInterval"/>; the system clock when null.</param>
    /// <param name="s3Client">The client that reads tables whose path is <c>s3://bucket/key</c>; the caller keeps
    /// ownership. When null and a table is in S3, the enricher makes a client with the AWS SDK's default
    /// credentials and region, and disposes it.</param>
    /// <exception cref="InvalidDataException">A table's content is not valid, or two tables share a name.</exception>
    /// <exception cref="IOException">A table's file or object cannot be read.</exception>
    /// <exception cref="ArgumentException">An <c>s3://</c> path names no object.</exception>
    public LookupEnricher(IEnumerable<LookupTableDefinition> definitions, TimeProvider? timeProvider = null,
        IAmazonS3? s3Client = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _definitions = [.. definitions];
        _time = timeProvider ?? TimeProvider.System;
        _writer = new Utf8JsonWriter(_buffer);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in _definitions.Where(d => !names.Add(d.Name)))
        {
            throw new InvalidDataException($"Two lookup tables are named '{definition.Name}'.");
        }

        foreach (var definition in _definitions)
        {
            Check(definition);
        }

        _versions = new string?[_definitions.Length];
        _tables = new LookupTable[_definitions.Length];
        try
        {
            if (s3Client is null && _definitions.Any(d => S3LookupTableSource.IsS3Path(d.Path)))
            {
                s3Client = _ownedClient = CreateClient();
            }

            _sources = [.. _definitions.Select(d => S3LookupTableSource.IsS3Path(d.Path)
                ? (ILookupTableSource)new S3LookupTableSource(s3Client!, d.Path)
                : new FileLookupTableSource(d.Path))];
            for (var i = 0; i < _definitions.Length; i++)
            {
                (_versions[i], _tables[i]) = Read(i);
            }
        }
        catch
        {
            _ownedClient?.Dispose();
            _writer.Dispose();
            throw;
        }

        _lastCheck = _time.GetUtcNow();
        foreach (var group in _definitions
            .SelectMany((d, table) => d.Match.SelectMany(m => m.Value.Select(path => (LogType: m.Key, table, path))))
            .GroupBy(m => m.LogType, StringComparer.Ordinal))
        {
            _matchers[group.Key] = [.. group.Select(m => new Matcher(m.table, m.path))];
        }
    }

    /// <summary>Gets or sets how often <see cref="Enrich(EventBatch)"/> looks for changed files. Default: 30
    /// seconds.</summary>
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets whether a table is read from S3.</summary>
    public bool UsesS3 => _sources.Any(source => source is S3LookupTableSource);

    /// <summary>Gets the tables as last read.</summary>
    public IReadOnlyList<LookupTable> Tables => _tables;

    /// <summary>Gets the failures of reading changed files again, oldest first.</summary>
    public IReadOnlyList<string> ReloadErrors => _reloadErrors;

    /// <summary>Gets the number of events that got a <c>p_enrichment</c>.</summary>
    public long EnrichedEvents { get; private set; }

    /// <summary>Releases the JSON writer.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _ownedClient?.Dispose();
    }

    /// <summary>Enriches every event of a batch, after reading changed tables again when it is time to look.
    /// </summary>
    /// <param name="batch">The batch.</param>
    public void Enrich(EventBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ReloadIfDue();
        for (var i = 0; i < batch.Count; i++)
        {
            Enrich(batch[i]);
        }
    }

    /// <summary>Sets an event's <c>p_enrichment</c> from the rows its fields match, or clears it.</summary>
    /// <param name="evt">The event.</param>
    /// <returns><see langword="true"/> when a row matched.</returns>
    public bool Enrich(NormalizedEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        evt.ClearEnrichment();
        if (!_matchers.TryGetValue(evt.LogType, out var matchers))
        {
            return false;
        }

        var table = -1;
        foreach (var matcher in matchers)
        {
            var value = matcher.Find(evt.Root);
            if (!value.Exists || !HasMatch(value, _tables[matcher.Table]))
            {
                continue;
            }

            if (table < 0)
            {
                _buffer.ResetWrittenCount();
                _writer.Reset(_buffer);
                _writer.WriteStartObject();
            }

            if (matcher.Table != table)
            {
                if (table >= 0)
                {
                    _writer.WriteEndObject();
                }

                table = matcher.Table;
                _writer.WriteStartObject(matcher.TableName(_tables));
            }

            _writer.WritePropertyName(matcher.Path);
            WriteRows(value, _tables[matcher.Table]);
        }

        if (table < 0)
        {
            return false;
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        evt.SetEnrichment(_buffer.WrittenSpan);
        EnrichedEvents++;
        return true;
    }

    private static bool HasMatch(EventValue value, LookupTable table)
    {
        if (value.Kind != JsonValueKind.Array)
        {
            return TryFind(value, table, out _);
        }

        foreach (var element in value.EnumerateElements())
        {
            if (TryFind(element, table, out _))
            {
                return true;
            }
        }

        return false;
    }

    private void WriteRows(EventValue value, LookupTable table)
    {
        if (value.Kind != JsonValueKind.Array)
        {
            TryFind(value, table, out var row);
            _writer.WriteRawValue(row, skipInputValidation: true);
            return;
        }

        _writer.WriteStartArray();
        foreach (var element in value.EnumerateElements())
        {
            if (TryFind(element, table, out var row))
            {
                _writer.WriteRawValue(row, skipInputValidation: true);
            }
        }

        _writer.WriteEndArray();
    }

    private static bool TryFind(EventValue value, LookupTable table, out ReadOnlySpan<byte> row)
    {
        row = default;
        Span<byte> utf8 = stackalloc byte[MaxKeyBytes];
        if (!value.TryCopyUtf8Text(utf8, out var length) || length == 0)
        {
            return false;
        }

        Span<char> key = stackalloc char[MaxKeyBytes];
        var chars = Encoding.UTF8.GetChars(utf8[..length], key);
        return table.TryGetRow(key[..chars], out row);
    }

    private static void Check(LookupTableDefinition definition)
    {
        var where = $"lookup table '{definition.Name}'";
        var extension = Path.GetExtension(definition.Path).ToUpperInvariant();
        if (extension is not (".CSV" or ".JSONL" or ".NDJSON" or ".JSON"))
        {
            throw new InvalidDataException(
                $"{where}: '{definition.Path}' must be a .csv or a .jsonl (JSON lines) file.");
        }

        if (S3LookupTableSource.IsS3Path(definition.Path) && !S3LookupTableSource.IsValidLocation(definition.Path))
        {
            throw new InvalidDataException($"{where}: '{definition.Path}' is not an S3 object: use s3://BUCKET/KEY.");
        }

        foreach (var (logType, paths) in definition.Match)
        {
            foreach (var path in paths.Where(p => p.Split('.').Any(string.IsNullOrWhiteSpace)))
            {
                throw new InvalidDataException($"{where}: the field path '{path}' of {logType} is not valid.");
            }
        }
    }

    private static AmazonS3Client CreateClient()
    {
        try
        {
            return new S3LakeObjectStoreOptions().CreateClient();
        }
        catch (Amazon.Runtime.AmazonClientException ex)
        {
            throw new IOException($"Lookup tables in S3 need an S3 client, which cannot be made: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a table and its version; errors name the table.</summary>
    private (string? Version, LookupTable Table) Read(int table)
    {
        var definition = _definitions[table];
        try
        {
            var version = _sources[table].GetVersion();
            return (version, LookupTable.Load(definition.Name, _sources[table], definition.KeyField));
        }
        catch (IOException ex)
        {
            throw new IOException($"lookup table '{definition.Name}': {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new IOException($"lookup table '{definition.Name}': {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"lookup table '{definition.Name}': {ex.Message}", ex);
        }
    }

    private void ReloadIfDue()
    {
        var now = _time.GetUtcNow();
        if (now - _lastCheck < ReloadInterval)
        {
            return;
        }

        _lastCheck = now;
        for (var i = 0; i < _definitions.Length; i++)
        {
            var definition = _definitions[i];
            string? version;
            try
            {
                version = _sources[i].GetVersion();
            }
            catch (IOException ex)
            {
                _reloadErrors.Add($"lookup table '{definition.Name}' kept as it was: {ex.Message}");
                continue;
            }

            if (version == _versions[i])
            {
                continue;
            }

            try
            {
                _tables[i] = LookupTable.Load(definition.Name, _sources[i], definition.KeyField);
                _versions[i] = version;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                _versions[i] = version;
                _reloadErrors.Add($"lookup table '{definition.Name}' kept as it was: {ex.Message}");
            }
        }
    }

    /// <summary>One field path of one log type, matched against one table.</summary>
    private sealed class Matcher(int table, string path)
    {
        private readonly byte[][] _segments = [.. path.Split('.').Select(Encoding.UTF8.GetBytes)];
        private JsonEncodedText? _tableName;

        public int Table { get; } = table;

        public JsonEncodedText Path { get; } = JsonEncodedText.Encode(path);

        public JsonEncodedText TableName(LookupTable[] tables) =>
            _tableName ??= JsonEncodedText.Encode(tables[Table].Name);

        public EventValue Find(EventValue root)
        {
            var value = root;
            foreach (var segment in _segments)
            {
                if (!value.TryGetProperty(segment, out var member))
                {
                    return default;
                }

                value = member;
            }

            return value;
        }
    }
}
