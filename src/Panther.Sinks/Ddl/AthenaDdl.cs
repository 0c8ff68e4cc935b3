using System.Globalization;
using System.Text;
using Panther.Schemas;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Ddl;

/// <summary>
/// Writes the Athena (Glue) statements that make the lake queryable from Athena: one external table per log type in
/// each of the <c>logs</c>, <c>rule_matches</c> and <c>rule_errors</c> databases, the <c>alerts</c> table and the
/// <c>all_logs</c> view. Column names and types are those of the Parquet files <c>ParquetLakeWriter</c> writes, and
/// partitions are found by partition projection, so no crawler and no <c>MSCK REPAIR TABLE</c> is needed.
/// </summary>
/// <remarks>
/// Column names are kept exactly as the files spell them (<c>eventName</c>, not <c>eventname</c> or a renamed
/// form) and quoted with backticks; Athena matches Parquet columns by name without regard to case. A schema whose
/// sibling names differ only in case, or collide with a partition column, cannot be described and is rejected.
/// See <c>docs/athena.md</c>.
/// </remarks>
public static partial class AthenaDdl
{
    /// <summary>The name of the view over every log table.</summary>
    public const string AllLogsView = "all_logs";

    private static readonly string[] PartitionColumns = ["year", "month", "day", "hour"];

    /// <summary>Gets the Glue database that holds a lake database's tables: the prefix, <c>_</c>, and the folder
    /// name, such as <c>panther_logs</c>.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The database name, <c>[a-z0-9_]</c> only.</returns>
    public static string GetDatabaseName(LakeDatabase database, AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Prefixed(options, LakeLayout.GetDatabaseFolder(database));
    }

    /// <summary>Gets the Glue database of the views: the prefix and <c>_views</c>, such as
    /// <c>panther_views</c>.</summary>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The database name.</returns>
    public static string GetViewsDatabaseName(AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Prefixed(options, "views");
    }

    /// <summary>Gets the S3 folder of a table, with a trailing <c>/</c>:
    /// <c>s3://bucket/prefix/logs/aws_cloudtrail/</c>.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="table">The table name (see <see cref="LakeLayout.IsValidTableName"/>).</param>
    /// <param name="options">The location.</param>
    /// <returns>The S3 URI.</returns>
    /// <exception cref="ArgumentException">The table name is not valid.</exception>
    public static string GetTableLocation(LakeDatabase database, string table, AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        LakeLayout.ValidateTableName(table);
        return $"{options.Location}/{LakeLayout.GetDatabaseFolder(database)}/{table}/";
    }

    /// <summary>Makes the <c>CREATE DATABASE IF NOT EXISTS</c> statement of a Glue database.</summary>
    /// <param name="name">The database name, from <see cref="GetDatabaseName"/> or
    /// <see cref="GetViewsDatabaseName"/>.</param>
    /// <returns>The statement, without a terminating <c>;</c>.</returns>
    /// <exception cref="ArgumentException">The name is not <c>[a-z0-9_]</c>.</exception>
    public static string CreateDatabase(string name)
    {
        LakeLayout.ValidateTableName(name);
        return $"CREATE DATABASE IF NOT EXISTS `{name}`";
    }

    /// <summary>Makes the <c>CREATE EXTERNAL TABLE</c> statement of a log type's table in the <c>logs</c>,
    /// <c>rule_matches</c> or <c>rule_errors</c> database.</summary>
    /// <param name="schema">The log type.</param>
    /// <param name="database">Which of the three databases.</param>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The statement, without a terminating <c>;</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="database"/> is <see cref="LakeDatabase.Alerts"/>, or a
    /// field name cannot be written (see <see cref="GetColumns"/>).</exception>
    public static string CreateTable(LogSchema schema, LakeDatabase database, AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(options);
        return CreateTable(GetDatabaseName(database, options), schema.TableName, GetColumns(schema, database),
            GetTableLocation(database, schema.TableName, options), options);
    }

    /// <summary>Makes the <c>CREATE EXTERNAL TABLE</c> statement of the <c>alerts</c> table, partitioned by the
    /// hour of <c>update_time</c>.</summary>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The statement, without a terminating <c>;</c>.</returns>
    public static string CreateAlertsTable(AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CreateTable(GetDatabaseName(LakeDatabase.Alerts, options), LakeLayout.AlertsTable, AlertColumns,
            GetTableLocation(LakeDatabase.Alerts, LakeLayout.AlertsTable, options), options);
    }

    /// <summary>Makes every statement for a set of log types, in the order to run them: the databases; for each log
    /// type its <c>logs</c>, <c>rule_matches</c> and <c>rule_errors</c> tables; the <c>alerts</c> table; and the
    /// <c>all_logs</c> view over the log tables.</summary>
    /// <param name="schemas">The log types, in the order their tables are wanted.</param>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The statements, none with a terminating <c>;</c>.</returns>
    /// <exception cref="ArgumentException">No log types were given, or one cannot be described.</exception>
    public static IReadOnlyList<string> CreateAll(IEnumerable<LogSchema> schemas, AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(options);
        var list = schemas.ToList();
        var statements = new List<string>();
        foreach (var database in Enum.GetValues<LakeDatabase>())
        {
            statements.Add(CreateDatabase(GetDatabaseName(database, options)));
        }

        statements.Add(CreateDatabase(GetViewsDatabaseName(options)));
        foreach (var schema in list)
        {
            statements.Add(CreateTable(schema, LakeDatabase.Logs, options));
            statements.Add(CreateTable(schema, LakeDatabase.RuleMatches, options));
            statements.Add(CreateTable(schema, LakeDatabase.RuleErrors, options));
        }

        statements.Add(CreateAlertsTable(options));
        statements.Add(CreateAllLogsView(list, options));
        return statements;
    }

    /// <summary>Joins statements into a script to paste into the Athena editor: each statement is followed by a
    /// line holding only <c>;</c> and a blank line.</summary>
    /// <param name="statements">The statements, without terminating <c>;</c>.</param>
    /// <returns>The script, ending with a new line.</returns>
    public static string FormatScript(IEnumerable<string> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return string.Join("\n", statements.Select(s => s + "\n;\n"));
    }

    private static string Prefixed(AthenaDdlOptions options, string name) =>
        options.DatabasePrefix.Length == 0 ? name : options.DatabasePrefix + "_" + name;

    private static string CreateTable(string database, string table, IReadOnlyList<AthenaColumn> columns,
        string location, AthenaDdlOptions options)
    {
        CheckYears(options);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"CREATE EXTERNAL TABLE IF NOT EXISTS `{database}`.`{table}` (\n");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            text.Append("  ").Append(AthenaTypes.QuoteColumn(column.Name, column.Name)).Append(' ')
                .Append(column.Type).Append(i < columns.Count - 1 ? ",\n" : "\n");
        }

        text.Append(")\n");
        text.Append("PARTITIONED BY (").Append(string.Join(", ", PartitionColumns.Select(p => $"`{p}` int")))
            .Append(")\n");
        text.Append("STORED AS PARQUET\n");
        text.Append("LOCATION '").Append(location).Append("'\n");
        text.Append("TBLPROPERTIES (\n");
        var properties = new List<(string Key, string Value)>
        {
            ("projection.enabled", "true"),
            ("projection.year.type", "integer"),
            ("projection.year.range", string.Create(CultureInfo.InvariantCulture,
                $"{options.FirstYear},{options.LastYear}")),
            ("projection.year.digits", "4"),
        };
        foreach (var (name, range) in new[] { ("month", "1,12"), ("day", "1,31"), ("hour", "0,23") })
        {
            properties.Add(($"projection.{name}.type", "integer"));
            properties.Add(($"projection.{name}.range", range));
            properties.Add(($"projection.{name}.digits", "2"));
        }

        properties.Add(("storage.location.template",
            location + string.Join('/', PartitionColumns.Select(p => p + "=${" + p + "}")) + "/"));
        text.AppendJoin(",\n", properties.Select(p => $"  '{p.Key}'='{p.Value}'"));
        text.Append("\n)");
        return text.ToString();
    }

    private static void CheckYears(AthenaDdlOptions options)
    {
        if (options.FirstYear is < 1970 or > 9999 || options.LastYear is < 1970 or > 9999
            || options.FirstYear > options.LastYear)
        {
            throw new ArgumentException(
                $"The projected years {options.FirstYear} to {options.LastYear} are not a range within 1970 to 9999.",
                nameof(options));
        }
    }
}
