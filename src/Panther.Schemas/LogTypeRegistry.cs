using System.Diagnostics.CodeAnalysis;

namespace Panther.Schemas;

/// <summary>
/// The log types a parser knows, by name. Adding a schema validates it; a second schema with the same name, or with
/// the same table name, is an error.
/// </summary>
/// <remarks>Safe for concurrent reads once populated; add schemas before sharing the registry between
/// threads.</remarks>
public sealed class LogTypeRegistry
{
    private readonly Dictionary<string, LogSchema> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _tables = new(StringComparer.Ordinal);
    private readonly List<LogSchema> _ordered = [];

    /// <summary>Gets the registered schemas in the order they were added.</summary>
    public IReadOnlyList<LogSchema> Schemas => _ordered;

    /// <summary>Gets the number of registered schemas.</summary>
    public int Count => _ordered.Count;

    /// <summary>Validates and adds a schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="SchemaException">The schema is invalid, or its name or table name is already taken.</exception>
    public LogTypeRegistry Add(LogSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Validate();
        if (_byName.ContainsKey(schema.Name))
        {
            throw new SchemaException($"Log type '{schema.Name}' is already registered.");
        }

        if (_tables.TryGetValue(schema.TableName, out var other))
        {
            throw new SchemaException(
                $"Log type '{schema.Name}' would share the table '{schema.TableName}' with '{other}'.");
        }

        _byName.Add(schema.Name, schema);
        _tables.Add(schema.TableName, schema.Name);
        _ordered.Add(schema);
        return this;
    }

    /// <summary>
    /// Adds several schemas, all or none: when one is invalid or taken, the registry is left as it was.
    /// See <see cref="Add(LogSchema)"/>.
    /// </summary>
    /// <param name="schemas">The schemas.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="SchemaException">A schema is invalid, or a name or table name is taken.</exception>
    public LogTypeRegistry AddRange(IEnumerable<LogSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        var list = schemas.ToList();
        var trial = new LogTypeRegistry();
        foreach (var schema in _ordered.Concat(list))
        {
            trial.Add(schema);
        }

        foreach (var schema in list)
        {
            Add(schema);
        }

        return this;
    }

    /// <summary>Finds a schema by log type name (exact, case-sensitive).</summary>
    /// <param name="name">The log type name.</param>
    /// <param name="schema">The schema, when found.</param>
    /// <returns><see langword="true"/> when the name is registered.</returns>
    public bool TryGet(string name, [NotNullWhen(true)] out LogSchema? schema) => _byName.TryGetValue(name, out schema);

    /// <summary>Gets a schema by log type name.</summary>
    /// <param name="name">The log type name.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="KeyNotFoundException">No schema has that name; the message lists the registered
    /// ones.</exception>
    public LogSchema Get(string name) =>
        TryGet(name, out var schema)
            ? schema
            : throw new KeyNotFoundException(
                $"Unknown log type '{name}'. Registered: {string.Join(", ", _ordered.Select(s => s.Name))}.");
}
