namespace Panther.Schemas.Fields;

/// <summary>The kinds of value a schema field can hold.</summary>
public enum FieldTypeKind
{
    /// <summary>A string. Numbers and booleans sent where a string is declared are kept as their text.</summary>
    String,

    /// <summary>A boolean; the strings <c>"true"</c> and <c>"false"</c> are accepted.</summary>
    Boolean,

    /// <summary>A 16-bit signed integer; numeric strings are accepted.</summary>
    Int16,

    /// <summary>A 32-bit signed integer; numeric strings are accepted.</summary>
    Int32,

    /// <summary>A 64-bit signed integer; numeric strings are accepted.</summary>
    Int64,

    /// <summary>
    /// A 64-bit unsigned integer, for ids and counters that outgrow the signed range (Suricata's <c>flow_id</c>);
    /// numeric strings are accepted.
    /// </summary>
    UInt64,

    /// <summary>A 32-bit floating point number; numeric strings are accepted.</summary>
    Float,

    /// <summary>A 64-bit floating point number; numeric strings are accepted.</summary>
    Double,

    /// <summary>A point in time, parsed with a <see cref="Time.TimestampFormat"/> and normalized to UTC.</summary>
    Timestamp,

    /// <summary>An object with named, typed fields.</summary>
    Object,

    /// <summary>A list of values of one type.</summary>
    Array,

    /// <summary>An object whose keys vary and whose values share one type.</summary>
    Map,

    /// <summary>Any JSON value, kept verbatim; for members whose shape changes between events.</summary>
    Json,
}
