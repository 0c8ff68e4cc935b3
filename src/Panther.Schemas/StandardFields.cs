namespace Panther.Schemas;

/// <summary>The names of the <c>p_*</c> fields that every normalized event carries.</summary>
public static class StandardFields
{
    /// <summary>The log type name, <c>Family.Type</c>.</summary>
    public const string LogType = "p_log_type";

    /// <summary>A unique id for the row, made without coordination.</summary>
    public const string RowId = "p_row_id";

    /// <summary>The event's own time in UTC, or the parse time when the event has none.</summary>
    public const string EventTime = "p_event_time";

    /// <summary>When the event was parsed, in UTC.</summary>
    public const string ParseTime = "p_parse_time";

    /// <summary>The id of the source the event came from; omitted when empty.</summary>
    public const string SourceId = "p_source_id";

    /// <summary>The label of the source the event came from; omitted when empty.</summary>
    public const string SourceLabel = "p_source_label";

    /// <summary>The values that did not fit their declared type, as a list of field path and reason.</summary>
    public const string ParseErrors = "p_parse_errors";

    /// <summary>The rows of lookup tables that matched the event's fields, by table and field path; omitted when
    /// none did.</summary>
    public const string Enrichment = "p_enrichment";

    /// <summary>Gets every standard field name, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } =
        [LogType, RowId, EventTime, ParseTime, SourceId, SourceLabel, ParseErrors, Enrichment];
}
