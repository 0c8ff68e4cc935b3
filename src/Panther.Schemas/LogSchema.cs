using Panther.Schemas.Envelopes;
using Panther.Schemas.Fields;

namespace Panther.Schemas;

/// <summary>
/// Describes one log type: its name, documentation, fields and the envelopes it may arrive in. Built-in log types
/// and users' own are written the same way:
/// <code>
/// var schema = new LogSchema("Custom.Proxy")
/// {
///     Description = "Our web proxy",
///     Fields =
///     [
///         Field.Timestamp("time", TimestampFormat.Rfc3339, isEventTime: true) with { Required = true },
///         Field.String("host", IndicatorKind.Hostname),
///     ],
/// };
/// </code>
/// </summary>
public sealed class LogSchema
{
    private string? _tableName;

    /// <summary>Initializes a new schema with its name.</summary>
    /// <param name="name">The log type name, <c>Family.Type</c> (letters, digits and <c>_</c> in each part).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not of the form <c>Family.Type</c>.</exception>
    public LogSchema(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!LogTypeName.IsValid(name))
        {
            throw new ArgumentException(
                $"Log type name '{name}' must be 'Family.Type': letters, digits or '_' on each side of one '.'.",
                nameof(name));
        }

        Name = name;
    }

    /// <summary>Gets the log type name, for example <c>AWS.CloudTrail</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a description of the log type.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the address of the log format's own documentation.</summary>
    public Uri? ReferenceUrl { get; init; }

    /// <summary>Gets the top-level fields, in declaration order.</summary>
    public IReadOnlyList<SchemaField> Fields { get; init; } = [];

    /// <summary>
    /// Gets a value indicating whether this is a catch-all type, such as <c>Suricata.Other</c>, whose identifying
    /// fields are loose: a parser tries fallback types only after every other type has declined a record, and never
    /// moves them ahead of the others.
    /// </summary>
    public bool IsFallback { get; init; }

    /// <summary>Gets the envelopes that may carry events of this type.</summary>
    public IReadOnlyList<Envelope> Envelopes { get; init; } = [];

    /// <summary>Gets the table name in the data lake: the name lower-cased with <c>.</c> replaced by
    /// <c>_</c>.</summary>
    public string TableName => _tableName ??= LogTypeName.ToTableName(Name);

    /// <summary>
    /// Checks the schema: field names are non-empty and unique per object (also when they differ only in case),
    /// names do not start with <c>p_</c>, event-time fields are timestamps, and at least one field is required.
    /// </summary>
    /// <exception cref="SchemaException">The schema is not valid; the message names the field path.</exception>
    public void Validate()
    {
        if (Fields.Count == 0)
        {
            throw new SchemaException($"Schema '{Name}' has no fields.");
        }

        if (!Fields.Any(f => f.Required))
        {
            throw new SchemaException(
                $"Schema '{Name}' has no required field; at least one is needed to recognise its events.");
        }

        ValidateFields(Fields, "");
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private void ValidateFields(IReadOnlyList<SchemaField> fields, string parentPath)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            var path = parentPath.Length == 0 ? field.Name : $"{parentPath}.{field.Name}";
            if (string.IsNullOrEmpty(field.Name))
            {
                throw new SchemaException($"Schema '{Name}': a field under '{parentPath}' has an empty name.");
            }

            if (!seen.Add(field.Name))
            {
                throw new SchemaException(
                    $"Schema '{Name}': field '{path}' is declared twice (names may not differ only in case).");
            }

            if (parentPath.Length == 0 && field.Name.StartsWith("p_", StringComparison.OrdinalIgnoreCase))
            {
                throw new SchemaException(
                    $"Schema '{Name}': field '{path}' uses the 'p_' prefix, which is reserved for standard fields.");
            }

            if (field.IsEventTime && field.Type.Kind != FieldTypeKind.Timestamp)
            {
                throw new SchemaException(
                    $"Schema '{Name}': field '{path}' is marked as event time but is of type {field.Type}.");
            }

            ValidateType(field.Type, path);
        }
    }

    private void ValidateType(FieldType type, string path)
    {
        switch (type)
        {
            case ObjectFieldType obj:
                ValidateFields(obj.Fields, path);
                break;
            case ArrayFieldType array:
                ValidateType(array.Element, path + "[]");
                break;
            case MapFieldType map:
                ValidateType(map.Value, path + "{}");
                break;
        }
    }
}
