using System.Buffers;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Rules;

/// <summary>
/// The event a rule sees: a parsed <see cref="NormalizedEvent"/>, or any JSON object such as a rule test's
/// <c>Log</c>. Top-level lookups find the event's own members and its standard <c>p_*</c> fields alike.
/// </summary>
/// <remarks>
/// Reading fields does not allocate. The standard fields of a parsed event are written into a reused buffer the
/// first time a rule asks for one. An instance is reused for the next event by <see cref="Load(NormalizedEvent)"/>;
/// values read from it are valid until then. Not thread-safe.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The writer only wraps a managed buffer; it holds nothing to release.")]
public sealed class RuleEvent
{
    private readonly ArrayBufferWriter<byte> _standardBuffer = new(1024);
    private EventDocument? _standard;
    private Utf8JsonWriter? _standardWriter;
    private bool _standardLoaded;
    private NormalizedEvent? _event;
    private EventDocument? _document;

    /// <summary>Gets the log type, or an empty string when a test event names none.</summary>
    public string LogType { get; private set; } = "";

    /// <summary>Gets the parsed event behind this view, or <see langword="null"/> for a JSON document.</summary>
    public NormalizedEvent? Event => _event;

    /// <summary>Gets the event's own JSON object, without the standard fields of a parsed event.</summary>
    public EventValue Root => _event is not null ? _event.Root : _document?.Root ?? default;

    /// <summary>Gets a top-level field: a member of the event, or a standard <c>p_*</c> field.</summary>
    /// <param name="name">The field name.</param>
    public EventValue this[string name] => Get(name);

    /// <summary>Creates a view of a JSON object, for example a rule test's event.</summary>
    /// <param name="document">The document; its root should be an object.</param>
    /// <param name="logType">
    /// The log type; <see langword="null"/> takes <c>p_log_type</c> from the document, if it has one.
    /// </param>
    /// <returns>The event.</returns>
    public static RuleEvent FromDocument(EventDocument document, string? logType = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var evt = new RuleEvent { _document = document };
        evt.LogType = logType ?? document.Root[Panther.Schemas.StandardFields.LogType].GetString() ?? "";
        return evt;
    }

    /// <summary>Creates a view of a JSON object given as text.</summary>
    /// <param name="json">The JSON object.</param>
    /// <param name="logType">The log type, or <see langword="null"/> to take <c>p_log_type</c>.</param>
    /// <returns>The event.</returns>
    /// <exception cref="FormatException">The text is not valid JSON.</exception>
    public static RuleEvent FromJson(string json, string? logType = null) =>
        FromDocument(EventDocument.Parse(json), logType);

    /// <summary>Points this view at a parsed event, forgetting the previous one.</summary>
    /// <param name="evt">The event.</param>
    public void Load(NormalizedEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        _event = evt;
        _document = null;
        _standardLoaded = false;
        LogType = evt.LogType;
    }

    /// <summary>Gets a top-level field by name: a member of the event, or a standard <c>p_*</c> field.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The value; missing when the event has no such field.</returns>
    public EventValue Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_event is not null && name.StartsWith("p_", StringComparison.Ordinal)
            && StandardDocument.Root.TryGetProperty(name, out var standard))
        {
            return standard;
        }

        return Root[name];
    }

    /// <summary>Walks nested objects by member names, like <c>deep_get(event, "a", "b")</c>.</summary>
    /// <param name="names">The member names, outermost first.</param>
    /// <returns>The value; missing when any step is missing or is not an object.</returns>
    public EventValue Get(params ReadOnlySpan<string> names)
    {
        if (names.IsEmpty)
        {
            return default;
        }

        var value = Get(names[0]);
        for (var i = 1; i < names.Length && value.Exists; i++)
        {
            value = value[names[i]];
        }

        return value;
    }

    /// <summary>Enumerates the top-level fields: the event's members, then the standard fields of a parsed
    /// event.</summary>
    /// <returns>Names and values.</returns>
    public IEnumerable<KeyValuePair<string, EventValue>> EnumerateFields()
    {
        foreach (var member in Root.EnumerateObject())
        {
            yield return member;
        }

        if (_event is null)
        {
            yield break;
        }

        foreach (var member in StandardDocument.Root.EnumerateObject())
        {
            yield return member;
        }
    }

    /// <summary>Writes the whole event, standard fields included, as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_event is not null)
        {
            _event.WriteTo(writer);
            return;
        }

        var root = Root;
        if (root.Exists)
        {
            writer.WriteRawValue(root.GetRawText(), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Gets the whole event as JSON text (allocates).</summary>
    /// <returns>The JSON object.</returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private EventDocument StandardDocument
    {
        get
        {
            _standard ??= new EventDocument();
            if (_standardLoaded || _event is null)
            {
                return _standard;
            }

            _standardBuffer.ResetWrittenCount();
            if (_standardWriter is null)
            {
                _standardWriter = new Utf8JsonWriter(_standardBuffer);
            }
            else
            {
                _standardWriter.Reset(_standardBuffer);
            }

            _event.WriteStandardFieldsTo(_standardWriter);
            _standardWriter.Flush();
            _standard.TryLoad(_standardBuffer.WrittenSpan, out _);
            _standardLoaded = true;
            return _standard;
        }
    }
}
