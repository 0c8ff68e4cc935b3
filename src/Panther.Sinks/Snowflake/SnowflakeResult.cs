namespace Panther.Sinks.Snowflake;

/// <summary>The outcome of a statement: its handle, its column names and its rows, every value as Snowflake's SQL
/// API gives it (text, or null).</summary>
/// <param name="StatementHandle">The statement's handle.</param>
/// <param name="Columns">The column names, in order.</param>
/// <param name="Rows">The rows, all partitions together.</param>
public sealed record SnowflakeResult(string StatementHandle, IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>Gets a row's value by column name, case-insensitively.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The value; null when the column is absent or the value is null.</returns>
    public string? Get(IReadOnlyList<string?> row, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        for (var i = 0; i < Columns.Count && i < row.Count; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return row[i];
            }
        }

        return null;
    }
}
