using Panther.Schemas;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Snowflake;

/// <summary>A lake table that <see cref="SnowflakeLakeLoader"/> loads: a log type's table in the logs, rule matches
/// or rule errors database, or the alerts table.</summary>
public sealed record SnowflakeLoadTable
{
    /// <summary>Initializes a log type's table in one of <see cref="SnowflakeDdl.LogDatabases"/>.</summary>
    /// <param name="database">The logs, rule matches or rule errors database.</param>
    /// <param name="schema">The log type.</param>
    /// <exception cref="ArgumentException"><paramref name="database"/> is the alerts database.</exception>
    public SnowflakeLoadTable(LakeDatabase database, LogSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (database == LakeDatabase.Alerts)
        {
            throw new ArgumentException("The alerts table is SnowflakeLoadTable.Alerts.", nameof(database));
        }

        Database = database;
        Schema = schema;
    }

    private SnowflakeLoadTable()
    {
        Database = LakeDatabase.Alerts;
    }

    /// <summary>Gets the alerts table.</summary>
    public static SnowflakeLoadTable Alerts { get; } = new();

    /// <summary>Gets the lake database.</summary>
    public LakeDatabase Database { get; }

    /// <summary>Gets the log type, or null for the alerts table.</summary>
    public LogSchema? Schema { get; }

    /// <summary>Gets the files to load, relative to the table's folder (such as
    /// <c>year=2026/month=12/day=03/hour=15/20261203T1512Z-4f2a.parquet</c>); empty, the default, loads every file of
    /// the folder that the table has not loaded yet.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Gets the lake table name, such as <c>aws_cloudtrail</c> or <c>alerts</c>.</summary>
    public string TableName => Schema?.TableName ?? LakeLayout.AlertsTable;

    /// <summary>Gets the table's name in Snowflake, such as <c>PANTHER_LOGS.PUBLIC.aws_cloudtrail</c>.</summary>
    /// <param name="options">The names.</param>
    /// <returns>The qualified name.</returns>
    public string GetQualifiedName(SnowflakeDdlOptions options) =>
        SnowflakeDdl.GetTableName(Database, TableName, options);

    /// <summary>Gets the table's columns.</summary>
    /// <returns>The columns.</returns>
    public IReadOnlyList<SnowflakeColumn> GetColumns() =>
        Schema is null ? SnowflakeDdl.AlertColumns : SnowflakeDdl.GetColumns(Schema, Database);
}
