using System.Buffers;
using DuckDB.NET.Data;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Query;

/// <summary>
/// Runs SQL over a local lake with an embedded, in-memory DuckDB: each table of <c>logs/</c> that has data files is
/// a view of the same name over all its files, with the Hive partition columns <c>year</c>, <c>month</c>,
/// <c>day</c> and <c>hour</c> added as integers, and files of older schema versions merged by column name.
/// <code>
/// using var query = new LakeQuery(new LakeLayout("lake"));
/// var result = query.Execute("SELECT eventName, count(*) AS n FROM aws_cloudtrail GROUP BY ALL ORDER BY n DESC");
/// </code>
/// </summary>
/// <remarks>
/// The views see the files that exist when they are made; call <see cref="Refresh"/> to pick up new tables. Files
/// are read afresh by every query. Not thread-safe. The lake root may not contain the glob characters
/// <c>* ? [ ] { }</c>.
/// </remarks>
public sealed class LakeQuery : IDisposable
{
    private static readonly SearchValues<char> GlobCharacters = SearchValues.Create("*?[]{}");

    private readonly LakeLayout _layout;
    private readonly DuckDBConnection _connection;
    private List<string> _tables = [];

    /// <summary>Opens an in-memory DuckDB connection and makes a view per table of the lake.</summary>
    /// <param name="layout">The lake layout.</param>
    /// <exception cref="ArgumentException">The lake root contains glob characters.</exception>
    public LakeQuery(LakeLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Root.AsSpan().IndexOfAny(GlobCharacters) >= 0)
        {
            throw new ArgumentException($"The lake root '{layout.Root}' contains glob characters.", nameof(layout));
        }

        _layout = layout;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Refresh();
    }

    /// <summary>Gets the names of the tables that have a view, in name order.</summary>
    public IReadOnlyList<string> Tables => _tables;

    /// <summary>Makes a view for each table of <c>logs/</c> that has data files, and drops views of tables that
    /// have none any more.</summary>
    public void Refresh()
    {
        var logs = Path.Combine(_layout.Root, LakeLayout.GetDatabaseFolder(LakeDatabase.Logs));
        var tables = !Directory.Exists(logs)
            ? []
            : Directory.EnumerateDirectories(logs)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(LakeLayout.IsValidTableName)
                .Where(table => HasDataFiles(_layout.GetTableDirectory(LakeDatabase.Logs, table)))
                .Order(StringComparer.Ordinal)
                .ToList();

        foreach (var stale in _tables.Except(tables))
        {
            Run($"DROP VIEW IF EXISTS \"{stale}\"");
        }

        foreach (var table in tables)
        {
            var glob = _layout.GetTableGlob(LakeDatabase.Logs, table).Replace("'", "''", StringComparison.Ordinal);
            Run($"CREATE OR REPLACE VIEW \"{table}\" AS SELECT * FROM read_parquet('{glob}', "
                + "hive_partitioning = true, union_by_name = true, hive_types = "
                + "{'year': INTEGER, 'month': INTEGER, 'day': INTEGER, 'hour': INTEGER})");
        }

        _tables = tables;
    }

    /// <summary>Runs a SQL statement and reads all its rows.</summary>
    /// <param name="sql">The statement, in DuckDB's SQL; tables are the views in <see cref="Tables"/>.</param>
    /// <returns>The columns and rows.</returns>
    /// <exception cref="DuckDBException">The statement is not valid or failed.</exception>
    public LakeQueryResult Execute(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();

        var columns = new LakeColumn[reader.FieldCount];
        var readers = new Func<System.Data.Common.DbDataReader, int, object?>[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = new LakeColumn(reader.GetName(i), reader.GetDataTypeName(i));
            readers[i] = DuckDbValues.CreateReader(reader, i);
        }

        var rows = new List<LakeRow>();
        while (reader.Read())
        {
            var values = new object?[columns.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = readers[i](reader, i);
            }

            rows.Add(new LakeRow(columns, values));
        }

        return new LakeQueryResult(columns, rows);
    }

    /// <summary>Closes the DuckDB connection.</summary>
    public void Dispose() => _connection.Dispose();

    private static bool HasDataFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*" + LakeLayout.FileExtension, SearchOption.AllDirectories)
            .Any(file => !Path.GetFileName(file).StartsWith('.'));

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
