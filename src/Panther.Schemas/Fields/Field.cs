using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Schemas.Fields;

/// <summary>Short-hand constructors for <see cref="SchemaField"/>, so schemas read like their documentation.</summary>
public static class Field
{
    /// <summary>Creates a string field.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="indicators">Indicator kinds scanned from the value.</param>
    /// <returns>The field.</returns>
    public static SchemaField String(string name, params IEnumerable<IndicatorKind> indicators) =>
        new(name, FieldType.String) { Indicators = [.. indicators] };

    /// <summary>Creates a boolean field.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField Boolean(string name) => new(name, FieldType.Boolean);

    /// <summary>Creates a 32-bit integer field.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField Int32(string name) => new(name, FieldType.Int32);

    /// <summary>Creates a 64-bit integer field.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField Int64(string name) => new(name, FieldType.Int64);

    /// <summary>Creates a 64-bit unsigned integer field.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField UInt64(string name) => new(name, FieldType.UInt64);

    /// <summary>Creates a 64-bit floating point field.</summary>
    /// <param name="name">The member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField Double(string name) => new(name, FieldType.Double);

    /// <summary>Creates a timestamp field.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="format">How the log writes the time.</param>
    /// <param name="isEventTime">Whether this is the event's own time.</param>
    /// <returns>The field.</returns>
    public static SchemaField Timestamp(string name, TimestampFormat format, bool isEventTime = false) =>
        new(name, FieldType.Timestamp(format)) { IsEventTime = isEventTime };

    /// <summary>Creates an object field.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="fields">The object's fields.</param>
    /// <returns>The field.</returns>
    public static SchemaField Object(string name, params IEnumerable<SchemaField> fields) =>
        new(name, FieldType.Object(fields));

    /// <summary>Creates an array field.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="element">The element type.</param>
    /// <param name="indicators">Indicator kinds scanned from string elements.</param>
    /// <returns>The field.</returns>
    public static SchemaField Array(string name, FieldType element, params IEnumerable<IndicatorKind> indicators) =>
        new(name, FieldType.Array(element)) { Indicators = [.. indicators] };

    /// <summary>Creates a map field with string keys.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value type.</param>
    /// <returns>The field.</returns>
    public static SchemaField Map(string name, FieldType value) => new(name, FieldType.Map(value));

    /// <summary>Creates a raw JSON field, kept verbatim.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="keyIndicators">Rules that find indicators inside the value by member name.</param>
    /// <returns>The field.</returns>
    public static SchemaField Json(string name, params IEnumerable<KeyIndicatorRule> keyIndicators) =>
        new(name, FieldType.Json) { KeyIndicators = [.. keyIndicators] };
}
