namespace Panther.Sinks.Search;

/// <summary>A SQL statement and the values of its parameters, in order. The values are never part of the text.
/// </summary>
/// <param name="Sql">The statement.</param>
/// <param name="Parameters">The parameter values, in the order the statement uses them.</param>
public sealed record SearchStatement(string Sql, IReadOnlyList<object> Parameters);
