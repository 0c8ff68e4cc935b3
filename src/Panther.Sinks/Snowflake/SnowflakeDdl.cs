using System.Globalization;
using System.Text;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Sinks.Ddl;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Writes the Snowflake statements for the lake: databases and schemas, the Parquet file format and the external
/// stage over the lake's S3 location, one table per log type in the logs, rule matches and rule errors databases,
/// the alerts table, and the <c>COPY INTO</c> statements that load the Parquet files. Nested values are
/// <c>OBJECT</c> and <c>ARRAY</c> columns, JSON values <c>VARIANT</c>, indicator sets <c>ARRAY</c>.
/// </summary>
/// <remarks>
/// Column names follow <see cref="SnowflakeNames.Identifier"/>. <c>COPY INTO</c> skips files it loaded before (its
/// load metadata lasts 64 days, and files older than that are skipped as of unknown status), so running the same
/// load again never duplicates rows. See <c>docs/snowflake.md</c>.
/// </remarks>
public static class SnowflakeDdl
{
    private static readonly HashSet<string> JsonTextColumns =
        [StandardFields.Enrichment, LakeColumns.Overflow, LakeColumns.AlertContext, "context", "summary"];

    /// <summary>Gets the database of a lake database: the prefix, <c>_</c>, and the folder name upper-case, such
    /// as <c>PANTHER_LOGS</c>.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="options">The names.</param>
    /// <returns>The database name.</returns>
    public static string GetDatabaseName(LakeDatabase database, SnowflakeDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DatabasePrefix + "_" + LakeLayout.GetDatabaseFolder(database).ToUpperInvariant();
    }

    /// <summary>Gets a table's fully qualified name, such as <c>PANTHER_LOGS.PUBLIC.aws_cloudtrail</c>, which
    /// Snowflake reads as <c>AWS_CLOUDTRAIL</c>.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="table">The lake table name.</param>
    /// <param name="options">The names.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The table name is not a valid lake table name.</exception>
    public static string GetTableName(LakeDatabase database, string table, SnowflakeDdlOptions options)
    {
        LakeLayout.ValidateTableName(table);
        return $"{GetDatabaseName(database, options)}.{options.Schema}.{SnowflakeNames.Identifier(table)}";
    }

    /// <summary>Gets the columns of a log type's table, in the order of <see cref="AthenaDdl.GetColumns"/>.
    /// </summary>
    /// <param name="schema">The log type.</param>
    /// <param name="database">The logs, rule matches or rule errors database.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentException">The schema cannot be a table, as for Athena.</exception>
    public static IReadOnlyList<SnowflakeColumn> GetColumns(LogSchema schema, LakeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var lake = AthenaDdl.GetColumns(schema, database);
        var columns = new List<SnowflakeColumn>(lake.Count);
        for (var i = 0; i < lake.Count; i++)
        {
            columns.Add(i < schema.Fields.Count ? FromField(lake[i].Name, schema.Fields[i].Type) : FromLake(lake[i]));
        }

        return columns;
    }

    /// <summary>Gets the columns of the alerts table.</summary>
    public static IReadOnlyList<SnowflakeColumn> AlertColumns { get; } =
        [.. AthenaDdl.AlertColumns.Select(FromLake)];

    /// <summary>Writes every statement for the given log types: databases, file format and stage (when the options
    /// have a location), the tables of each log type in the three log databases, and the alerts table.</summary>
    /// <param name="schemas">The log types.</param>
    /// <param name="options">The names and the stage.</param>
    /// <returns>The statements, without terminating semicolons.</returns>
    public static IReadOnlyList<string> CreateAll(IEnumerable<LogSchema> schemas, SnowflakeDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(options);
        var statements = new List<string>();
        foreach (var database in Enum.GetValues<LakeDatabase>())
        {
            var name = GetDatabaseName(database, options);
            statements.Add($"CREATE DATABASE IF NOT EXISTS {name}");
            statements.Add($"CREATE SCHEMA IF NOT EXISTS {name}.{options.Schema}");
        }

        statements.AddRange(CreateStage(options));
        foreach (var schema in schemas)
        {
            foreach (var database in LogDatabases)
            {
                statements.Add(CreateTable(database, schema.TableName, GetColumns(schema, database), options));
            }
        }

        statements.Add(CreateTable(LakeDatabase.Alerts, LakeLayout.AlertsTable, AlertColumns, options));
        return statements;
    }

    /// <summary>Writes the file format and the external stage; nothing when the options have no location.
    /// </summary>
    /// <param name="options">The names, the location and the storage integration.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentException">A location is given without a storage integration, or a storage
    /// integration without a location.</exception>
    public static IReadOnlyList<string> CreateStage(SnowflakeDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Location is null)
        {
            return options.StorageIntegration is null
                ? []
                : throw new ArgumentException(
                    "A storage integration is used by the stage over the lake's bucket: give its --location too.");
        }

        if (options.StorageIntegration is null)
        {
            throw new ArgumentException(
                "A Snowflake stage over S3 needs a storage integration (--storage-integration).");
        }

        return
        [
            $"CREATE FILE FORMAT IF NOT EXISTS {options.QualifiedFileFormat} TYPE = PARQUET",
            $"CREATE STAGE IF NOT EXISTS {options.QualifiedStage}\n  URL = '{options.Location}/'\n"
                + $"  STORAGE_INTEGRATION = {options.StorageIntegration}\n"
                + $"  FILE_FORMAT = (FORMAT_NAME = '{options.QualifiedFileFormat}')",
        ];
    }

    /// <summary>Writes the <c>COPY INTO</c> that loads a table's Parquet files from the stage. Values are read by
    /// column name, so files of older schema versions load too (missing columns are null).</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="table">The lake table name.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="options">The names and the stage.</param>
    /// <returns>The statement.</returns>
    public static string Copy(LakeDatabase database, string table, IReadOnlyList<SnowflakeColumn> columns,
        SnowflakeDdlOptions options) => Copy(database, table, columns, options, []);

    /// <summary>Writes the <c>COPY INTO</c> that loads chosen files of a table's folder in the stage, or every file
    /// when none are given.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="table">The lake table name.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="options">The names and the stage.</param>
    /// <param name="files">The files, relative to the table's folder; at most <see cref="MaxCopyFiles"/>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">More than <see cref="MaxCopyFiles"/> files are given.</exception>
    public static string Copy(LakeDatabase database, string table, IReadOnlyList<SnowflakeColumn> columns,
        SnowflakeDdlOptions options, IReadOnlyCollection<string> files)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > MaxCopyFiles)
        {
            throw new ArgumentException($"A COPY INTO names at most {MaxCopyFiles} files.", nameof(files));
        }

        var target = GetTableName(database, table, options);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"COPY INTO {target} (")
            .AppendJoin(", ", columns.Select(c => c.Identifier)).Append(")\nFROM (\n  SELECT ")
            .AppendJoin(",\n    ", columns.Select(c => c.LoadExpression))
            .Append(CultureInfo.InvariantCulture,
                $"\n  FROM @{options.QualifiedStage}/{LakeLayout.GetDatabaseFolder(database)}/{table}/\n)");
        if (files.Count == 0)
        {
            text.Append("\nPATTERN = '.*[.]parquet'");
        }
        else
        {
            text.Append("\nFILES = (").AppendJoin(", ", files.Select(SnowflakeNames.StringLiteral)).Append(')');
        }

        return text.Append("\nON_ERROR = ABORT_STATEMENT").ToString();
    }

    /// <summary>Gets how many files one <c>COPY INTO</c> may name, Snowflake's limit.</summary>
    public const int MaxCopyFiles = 1000;

    /// <summary>Joins statements into a script, each followed by a line holding <c>;</c>.</summary>
    /// <param name="statements">The statements.</param>
    /// <returns>The script.</returns>
    public static string FormatScript(IEnumerable<string> statements) => AthenaDdl.FormatScript(statements);

    /// <summary>Gets the lake databases that hold a table per log type.</summary>
    public static IReadOnlyList<LakeDatabase> LogDatabases { get; } =
        [LakeDatabase.Logs, LakeDatabase.RuleMatches, LakeDatabase.RuleErrors];

    /// <summary>Writes the <c>CREATE TABLE IF NOT EXISTS</c> of a table.</summary>
    /// <param name="database">The lake database.</param>
    /// <param name="table">The lake table name.</param>
    /// <param name="columns">The table's columns.</param>
    /// <param name="options">The names.</param>
    /// <returns>The statement.</returns>
    public static string CreateTable(LakeDatabase database, string table, IReadOnlyList<SnowflakeColumn> columns,
        SnowflakeDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var text = new StringBuilder($"CREATE TABLE IF NOT EXISTS {GetTableName(database, table, options)} (\n");
        text.AppendJoin(",\n", columns.Select(c => $"  {c.Identifier} {c.Type}"));
        return text.Append("\n)").ToString();
    }

    private static SnowflakeColumn FromField(string name, FieldType type) => type switch
    {
        ObjectFieldType or MapFieldType => new(name, "OBJECT"),
        ArrayFieldType => new(name, "ARRAY"),
        TimestampFieldType => new(name, "TIMESTAMP_TZ(3)"),
        _ => type.Kind switch
        {
            FieldTypeKind.Json => new(name, "VARIANT", FromJsonText: true),
            FieldTypeKind.Boolean => new(name, "BOOLEAN"),
            FieldTypeKind.Int16 or FieldTypeKind.Int32 or FieldTypeKind.Int64 or FieldTypeKind.UInt64 =>
                new(name, "NUMBER(38,0)"),
            FieldTypeKind.Float or FieldTypeKind.Double => new(name, "FLOAT"),
            _ => new(name, "VARCHAR"),
        },
    };

    private static SnowflakeColumn FromLake(AthenaColumn column)
    {
        if (JsonTextColumns.Contains(column.Name))
        {
            return new(column.Name, "VARIANT", FromJsonText: true);
        }

        return column.Type switch
        {
            "timestamp" => new(column.Name, "TIMESTAMP_TZ(3)"),
            "bigint" or "int" or "smallint" => new(column.Name, "NUMBER(38,0)"),
            "boolean" => new(column.Name, "BOOLEAN"),
            "double" or "float" => new(column.Name, "FLOAT"),
            "string" => new(column.Name, "VARCHAR"),
            _ when column.Type.StartsWith("array<", StringComparison.Ordinal) => new(column.Name, "ARRAY"),
            _ => new(column.Name, "OBJECT"),
        };
    }
}
