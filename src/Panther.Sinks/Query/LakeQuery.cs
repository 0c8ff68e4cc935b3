using System.Buffers;
using DuckDB.NET.Data;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Query;

/// <summary>
/// Runs SQL over a local lake with an embedded, in-memory DuckDB. Each table with data files is a view over all its
/// files, with the Hive partition columns <c>year</c>, <c>month</c>, <c>day</c> and <c>hour</c> added as integers,
/// and files of older schema versions merged by column name:
/// <list type="bullet">
/// <item>a table of <c>logs/</c> is a view of the same name in the main schema (<c>aws_cloudtrail</c>);</item>
/// <item>a table of <c>rule_matches/</c> or <c>rule_errors/</c> is a view in the DuckDB schema of that name
/// (<c>rule_matches.aws_cloudtrail</c>, <c>rule_errors.aws_cloudtrail</c>);</item>
/// <item>alert snapshots are <c>alert_history</c>, every snapshot, and <c>alerts</c>, the latest snapshot of each
/// alert.</item>
/// </list>
/// <code>
/// using var query = new LakeQuery(new LakeLayout("lake"));
/// var result = query.Execute("SELECT eventName, count(*) AS n FROM aws_cloudtrail GROUP BY ALL ORDER BY n DESC");
/// </code>
/// </summary>
/// <remarks>
/// The views see the files that exist when they are made; call <see cref="Refresh"/> to pick up new tables. Files
/// are read afresh by every query. Not thread-safe. The lake root may not contain the glob characters
/// <c>* ? [ ] { }</c>. When a log table is itself named <c>alerts</c> or <c>alert_history</c>, the log table keeps
/// the name and the alert views are not made.
/// </remarks>
public sealed class LakeQuery : IDisposable
{
    /// <summary>The view of the latest snapshot of each alert.</summary>
    public const string AlertsView = "alerts";

    /// <summary>The view of every alert snapshot.</summary>
    public const string AlertHistoryView = "alert_history";

    private const string HiveOptions = "hive_partitioning = true, union_by_name = true, hive_types = "
        + "{'year': INTEGER, 'month': INTEGER, 'day': INTEGER, 'hour': INTEGER}";

    private static readonly SearchValues<char> GlobCharacters = SearchValues.Create("*?[]{}");

    private readonly LakeLayout _layout;
    private readonly DuckDBConnection _connection;
    private List<string> _tables = [];
    private List<string> _ruleMatchTables = [];
    private List<string> _ruleErrorTables = [];
    private bool _hasAlerts;

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
        Run($"CREATE SCHEMA IF NOT EXISTS {LakeLayout.GetDatabaseFolder(LakeDatabase.RuleMatches)}");
        Run($"CREATE SCHEMA IF NOT EXISTS {LakeLayout.GetDatabaseFolder(LakeDatabase.RuleErrors)}");
        Refresh();
    }

    /// <summary>Gets the names of the <c>logs/</c> tables that have a view in the main schema, in name
    /// order.</summary>
    public IReadOnlyList<string> Tables => _tables;

    /// <summary>Gets the names of the <c>rule_matches/</c> tables that have a view in the <c>rule_matches</c>
    /// schema, in name order.</summary>
    public IReadOnlyList<string> RuleMatchTables => _ruleMatchTables;

    /// <summary>Gets the names of the <c>rule_errors/</c> tables that have a view in the <c>rule_errors</c>
    /// schema, in name order.</summary>
    public IReadOnlyList<string> RuleErrorTables => _ruleErrorTables;

    /// <summary>Gets a value indicating whether the <c>alerts</c> and <c>alert_history</c> views exist: the lake
    /// holds alert snapshots and no log table has either name.</summary>
    public bool HasAlerts => _hasAlerts;

    /// <summary>
    /// Gets every view a query can name, as it is named in SQL: the log tables, then <c>alert_history</c> and
    /// <c>alerts</c> when they exist, then <c>rule_errors.TABLE</c> and <c>rule_matches.TABLE</c>; each group in name
    /// order.
    /// </summary>
    public IReadOnlyList<string> Views =>
    [
        .. _tables,
        .. _hasAlerts ? (string[])[AlertHistoryView, AlertsView] : [],
        .. Qualify(LakeDatabase.RuleErrors, _ruleErrorTables),
        .. Qualify(LakeDatabase.RuleMatches, _ruleMatchTables),
    ];

    /// <summary>Makes a view for each table of the lake that has data files, and drops views of tables that have
    /// none any more.</summary>
    public void Refresh()
    {
        _tables = RefreshTables(LakeDatabase.Logs, _tables);
        _ruleMatchTables = RefreshTables(LakeDatabase.RuleMatches, _ruleMatchTables);
        _ruleErrorTables = RefreshTables(LakeDatabase.RuleErrors, _ruleErrorTables);
        RefreshAlerts();
    }

    /// <summary>Runs a SQL statement and reads all its rows.</summary>
    /// <param name="sql">The statement, in DuckDB's SQL; tables are the views in <see cref="Views"/>.</param>
    /// <returns>The columns and rows.</returns>
    /// <exception cref="DuckDBException">The statement is not valid or failed.</exception>
    public LakeQueryResult Execute(string sql) => Execute(sql, []);

    /// <summary>Runs a SQL statement with positional parameters (<c>$1</c>, <c>$2</c>, ...) and reads all its
    /// rows. Values never become SQL text.</summary>
    /// <param name="sql">The statement, in DuckDB's SQL; tables are the views in <see cref="Views"/>.</param>
    /// <param name="parameters">The values of <c>$1</c>, <c>$2</c>, ...: strings, numbers, booleans or null.</param>
    /// <returns>The columns and rows.</returns>
    /// <exception cref="DuckDBException">The statement is not valid or failed.</exception>
    public LakeQueryResult Execute(string sql, IReadOnlyList<object?> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentNullException.ThrowIfNull(parameters);
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

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

    private static IEnumerable<string> Qualify(LakeDatabase database, List<string> tables) =>
        tables.Select(table => LakeLayout.GetDatabaseFolder(database) + "." + table);

    private static bool HasDataFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*" + LakeLayout.FileExtension, SearchOption.AllDirectories)
            .Any(file => !Path.GetFileName(file).StartsWith('.'));

    /// <summary>Makes or replaces the views of one database's tables and drops those of tables that are gone; the
    /// log tables live in the main schema, the others in the schema named like their folder.</summary>
    private List<string> RefreshTables(LakeDatabase database, List<string> previous)
    {
        var folder = Path.Combine(_layout.Root, LakeLayout.GetDatabaseFolder(database));
        var tables = !Directory.Exists(folder)
            ? []
            : Directory.EnumerateDirectories(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(LakeLayout.IsValidTableName)
                .Where(table => HasDataFiles(_layout.GetTableDirectory(database, table)))
                .Order(StringComparer.Ordinal)
                .ToList();
        var schema = database == LakeDatabase.Logs ? string.Empty : LakeLayout.GetDatabaseFolder(database) + ".";

        foreach (var stale in previous.Except(tables))
        {
            Run($"DROP VIEW IF EXISTS {schema}\"{stale}\"");
        }

        foreach (var table in tables)
        {
            Run($"CREATE OR REPLACE VIEW {schema}\"{table}\" AS SELECT * FROM "
                + $"read_parquet({GlobLiteral(database, table)}, {HiveOptions})");
        }

        return tables;
    }

    /// <summary>
    /// Makes <c>alert_history</c> over every snapshot and <c>alerts</c> over the latest snapshot of each alert: the
    /// highest <c>update_time</c>, then the highest <c>event_count</c>, then the file written last (file names start
    /// with their write time and end with a version 7 GUID), then the last row of that file. Two files written in the
    /// same millisecond are ordered by the random part of their GUIDs: stable, but not necessarily the later write.
    /// </summary>
    private void RefreshAlerts()
    {
        var hasFiles = Directory.Exists(_layout.GetTableDirectory(LakeDatabase.Alerts, LakeLayout.AlertsTable))
            && HasDataFiles(_layout.GetTableDirectory(LakeDatabase.Alerts, LakeLayout.AlertsTable));
        var hasAlerts = hasFiles && !_tables.Contains(AlertsView) && !_tables.Contains(AlertHistoryView);
        if (!hasAlerts)
        {
            foreach (var view in _hasAlerts ? [AlertsView, AlertHistoryView] : Array.Empty<string>())
            {
                if (!_tables.Contains(view))
                {
                    Run($"DROP VIEW IF EXISTS {view}");
                }
            }

            _hasAlerts = false;
            return;
        }

        var glob = GlobLiteral(LakeDatabase.Alerts, LakeLayout.AlertsTable);
        Run($"CREATE OR REPLACE VIEW {AlertHistoryView} AS SELECT * FROM read_parquet({glob}, {HiveOptions})");
        Run($"""
            CREATE OR REPLACE VIEW {AlertsView} AS
            SELECT * EXCLUDE (filename, file_row_number)
            FROM read_parquet({glob}, {HiveOptions}, filename = true, file_row_number = true)
            QUALIFY row_number() OVER (PARTITION BY alert_id
                ORDER BY update_time DESC NULLS LAST, event_count DESC NULLS LAST, filename DESC,
                    file_row_number DESC) = 1
            """);
        _hasAlerts = true;
    }

    private string GlobLiteral(LakeDatabase database, string table) =>
        "'" + _layout.GetTableGlob(database, table).Replace("'", "''", StringComparison.Ordinal) + "'";

    private void Run(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
