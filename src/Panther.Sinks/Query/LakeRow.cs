namespace Panther.Sinks.Query;

/// <summary>
/// One row of a query result. Values are the .NET values DuckDB.NET reads: <see langword="null"/> for SQL NULL,
/// <see cref="string"/>, <see cref="long"/>, <see cref="ulong"/>, <see cref="double"/>, <see cref="bool"/>,
/// <see cref="DateTime"/> for timestamps, lists for arrays, and dictionaries for structs and maps.
/// </summary>
public sealed class LakeRow
{
    private readonly IReadOnlyList<LakeColumn> _columns;
    private readonly object?[] _values;

    internal LakeRow(IReadOnlyList<LakeColumn> columns, object?[] values)
    {
        _columns = columns;
        _values = values;
    }

    /// <summary>Gets the number of values.</summary>
    public int Count => _values.Length;

    /// <summary>Gets a value by column position.</summary>
    /// <param name="ordinal">The 0-based column position.</param>
    public object? this[int ordinal] => _values[ordinal];

    /// <summary>Gets a value by column name (the first column of that name).</summary>
    /// <param name="column">The column name, matched exactly.</param>
    /// <exception cref="KeyNotFoundException">The result has no such column.</exception>
    public object? this[string column]
    {
        get
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i].Name == column)
                {
                    return _values[i];
                }
            }

            throw new KeyNotFoundException($"The result has no column '{column}'.");
        }
    }
}
