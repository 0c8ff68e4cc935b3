using System.Text.Json;
using Panther.Parsing.Json;
using Panther.Parsing.Normalization;
using Panther.Schemas;

namespace Panther.Parsing.Events;

/// <summary>
/// One parsed and normalized event: the original JSON bytes, an index of their tokens, the standard <c>p_*</c>
/// fields, the indicators found and any values that did not fit their declared type.
/// </summary>
/// <remarks>
/// Instances are pooled and reused by the parser: an event handed to you is valid until the batch that holds it is
/// reused. Read what you need, or call <see cref="WriteTo"/>, before asking for the next batch. Not thread-safe.
/// </remarks>
public sealed class NormalizedEvent : ITokenDocument
{
    /// <summary>The size above which the event's buffer is given up for a smaller one when a record much smaller
    /// than it arrives: events are pooled, and one huge record must not keep its buffer alive for good.</summary>
    private const int LargeDataLength = 1024 * 1024;

    private readonly byte[] _rowId = new byte[RowIdGenerator.Length];
    private byte[] _data = new byte[4096];
    private List<ParseError>? _errors;
    private byte[] _enrichment = [];
    private int _enrichmentLength;

    internal NormalizedEvent()
    {
    }

    /// <summary>Gets the log type name, for example <c>AWS.CloudTrail</c>.</summary>
    public string LogType => Schema.Name;

    /// <summary>Gets the schema the event was normalized with.</summary>
    public LogSchema Schema => Compiled.Schema;

    /// <summary>Gets the event's own time in UTC, or <see cref="ParseTime"/> when the event has none.</summary>
    public DateTime EventTime { get; internal set; }

    /// <summary>Gets a value indicating whether <see cref="EventTime"/> came from the event itself.</summary>
    public bool HasOwnEventTime { get; internal set; }

    /// <summary>Gets when the event was parsed, in UTC.</summary>
    public DateTime ParseTime { get; internal set; }

    /// <summary>Gets the source the event came from.</summary>
    public LogSource Source { get; internal set; } = null!;

    /// <summary>Gets where the event's record starts in its source.</summary>
    public RecordPosition Position { get; internal set; }

    /// <summary>Gets <c>p_row_id</c> as UTF-8 hex digits.</summary>
    public ReadOnlySpan<byte> RowId => _rowId;

    /// <summary>Gets the event's JSON exactly as it arrived (after unwrapping any envelope).</summary>
    public ReadOnlySpan<byte> Utf8Json => _data.AsSpan(0, DataLength);

    /// <summary>Gets the root JSON object of the event, to read fields by name.</summary>
    public EventValue Root => new(this, 0);

    /// <summary>Gets the indicators found in the event (<c>p_any_*</c>).</summary>
    public EventIndicators Indicators => new(Collector);

    /// <summary>Gets the values that did not fit their declared type; empty for a clean event.</summary>
    public IReadOnlyList<ParseError> ParseErrors => (IReadOnlyList<ParseError>?)_errors ?? [];

    internal CompiledSchema Compiled { get; set; } = null!;

    internal JsonTokenIndex Tokens { get; } = new();

    internal IndicatorCollector Collector { get; } = new();

    internal int DataLength { get; private set; }

    internal ReadOnlySpan<byte> Data => _data.AsSpan(0, DataLength);

    ReadOnlySpan<byte> ITokenDocument.Data => Data;

    /// <summary>Gets how many bytes of record the event holds before its buffer grows.</summary>
    internal int DataCapacity => _data.Length;

    JsonTokenIndex ITokenDocument.Tokens => Tokens;

    /// <summary>Gets <c>p_row_id</c> as a string (allocates).</summary>
    /// <returns>The row id.</returns>
    public string GetRowId() => System.Text.Encoding.ASCII.GetString(_rowId);

    /// <summary>
    /// Gets the <c>p_enrichment</c> object as UTF-8 JSON: the rows of lookup tables that matched the event's fields,
    /// <c>{"table": {"field.path": row}}</c>; empty when nothing matched.
    /// </summary>
    public ReadOnlySpan<byte> EnrichmentJson => _enrichment.AsSpan(0, _enrichmentLength);

    /// <summary>Sets the <c>p_enrichment</c> object, copying it; an enrichment stage calls this before rules
    /// run.</summary>
    /// <param name="json">A JSON object, UTF-8; it is not validated.</param>
    public void SetEnrichment(ReadOnlySpan<byte> json)
    {
        if (json.Length > _enrichment.Length)
        {
            _enrichment = new byte[Math.Max(json.Length, _enrichment.Length * 2)];
        }

        json.CopyTo(_enrichment);
        _enrichmentLength = json.Length;
    }

    /// <summary>Removes the <c>p_enrichment</c> object.</summary>
    public void ClearEnrichment() => _enrichmentLength = 0;

    /// <summary>Writes the normalized event as one JSON object: its fields, then the <c>p_*</c> fields.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        NormalizedEventWriter.Write(this, writer);
    }

    /// <summary>
    /// Writes the standard fields alone as one JSON object: <c>p_log_type</c>, <c>p_row_id</c>, the times, the source,
    /// the <c>p_any_*</c> sets and any <c>p_parse_errors</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    public void WriteStandardFieldsTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        NormalizedEventWriter.WriteStandardFieldsObject(this, writer);
    }

    internal void Load(ReadOnlySpan<byte> json)
    {
        if (json.Length > _data.Length)
        {
            _data = new byte[Math.Max(json.Length, _data.Length * 2)];
        }
        else if (_data.Length > LargeDataLength && json.Length < _data.Length / 4)
        {
            _data = new byte[Math.Max(4096, json.Length)];
        }

        json.CopyTo(_data);
        DataLength = json.Length;
        Collector.Clear();
        _errors?.Clear();
        HasOwnEventTime = false;
        _enrichmentLength = 0;
    }

    internal void ResetNormalization()
    {
        Collector.Clear();
        _errors?.Clear();
        HasOwnEventTime = false;
        _enrichmentLength = 0;
    }

    internal void AddError(string path, string reason) => (_errors ??= []).Add(new ParseError(path, reason));

    internal void AssignRowId() => RowIdGenerator.Next(_rowId);
}
