using Panther.Schemas.Indicators;

namespace Panther.Schemas.Fields;

/// <summary>
/// A named, typed field of a log schema with its options. Create fields with the <see cref="Field"/> helpers and
/// set options with a <see langword="with"/> expression:
/// <c>Field.String("eventName") with { Required = true }</c>.
/// </summary>
/// <param name="Name">The JSON member name, matched exactly (case-sensitive).</param>
/// <param name="Type">The declared type.</param>
public sealed record SchemaField(string Name, FieldType Type)
{
    /// <summary>
    /// Gets a value indicating whether the field must be present. A top-level required field identifies the log type:
    /// it must be present, not null, of the declared kind and allowed, or the event does not belong to the schema.
    /// A required timestamp only has to be a string or a number: one that does not parse (an impossible date, a
    /// redacted value) keeps the event, with a parse error. A required field inside an object is checked when the
    /// object is present; its absence is recorded as a parse error.
    /// </summary>
    public bool Required { get; init; }

    /// <summary>Gets a description for documentation and generated DDL comments.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Gets a value indicating whether this timestamp is the event's own time (<c>p_event_time</c>). When several
    /// fields are marked, the first one present in the event wins.
    /// </summary>
    public bool IsEventTime { get; init; }

    /// <summary>
    /// Gets the indicator kinds scanned from the field's values: string and integer values; every element of an
    /// array or value of a map; every string or number leaf of a raw JSON value. Object fields declare indicators on
    /// their own fields instead.
    /// </summary>
    public IReadOnlyList<IndicatorKind> Indicators { get; init; } = [];

    /// <summary>
    /// Gets the only values a string field may take. An empty list allows anything. For a required field a value
    /// outside the list means the event does not belong to the schema; otherwise it is recorded as a parse error.
    /// Fields of other types ignore the list.
    /// </summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = [];

    /// <summary>Gets values the field must not take; treated like <see cref="AllowedValues"/> when violated.</summary>
    public IReadOnlyList<string> DeniedValues { get; init; } = [];

    /// <summary>
    /// Gets rules that find indicators inside raw JSON (and object) values by member name, for members whose shape
    /// varies. Each rule applies at every depth of the value.
    /// </summary>
    public IReadOnlyList<KeyIndicatorRule> KeyIndicators { get; init; } = [];
}
