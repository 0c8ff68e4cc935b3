using Panther.Sinks.Ddl;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Where the lake's tables live in Snowflake: one database per lake database (<c>PANTHER_LOGS</c>,
/// <c>PANTHER_RULE_MATCHES</c>, <c>PANTHER_RULE_ERRORS</c>, <c>PANTHER_ALERTS</c>) with the tables in one schema,
/// and the external stage over the lake's S3 location that <c>COPY INTO</c> reads.
/// </summary>
public sealed class SnowflakeDdlOptions
{
    private string _databasePrefix = "PANTHER";
    private string _schema = "PUBLIC";
    private string _stage = "PANTHER_LAKE";
    private string _fileFormat = "PANTHER_PARQUET";
    private string? _storageIntegration;
    private string? _location;

    /// <summary>Gets the prefix of the database names; <c>PANTHER</c> by default.</summary>
    /// <exception cref="ArgumentException">The prefix is not a plain identifier.</exception>
    public string DatabasePrefix
    {
        get => _databasePrefix;
        init => _databasePrefix = value is { Length: > 200 }
            ? throw new ArgumentException($"The database prefix is {value.Length} characters long; 200 at most.")
            : SnowflakeNames.Validate(value, "database prefix");
    }

    /// <summary>Gets the schema of the tables in each database; <c>PUBLIC</c> by default.</summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public string Schema
    {
        get => _schema;
        init => _schema = SnowflakeNames.Validate(value, "schema");
    }

    /// <summary>Gets the name of the external stage over the lake, in the logs database's schema;
    /// <c>PANTHER_LAKE</c> by default.</summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public string Stage
    {
        get => _stage;
        init => _stage = SnowflakeNames.Validate(value, "stage");
    }

    /// <summary>Gets the name of the Parquet file format the stage uses; <c>PANTHER_PARQUET</c> by default.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public string FileFormat
    {
        get => _fileFormat;
        init => _fileFormat = SnowflakeNames.Validate(value, "file format");
    }

    /// <summary>Gets the lake root in S3 (<c>s3://bucket/prefix</c>) the stage points at; without it no stage is
    /// created.</summary>
    /// <exception cref="ArgumentException">The location is not a valid S3 location.</exception>
    public string? Location
    {
        get => _location;
        init => _location = value is null ? null : new AthenaDdlOptions(value).Location;
    }

    /// <summary>Gets the storage integration that gives the stage access to the bucket; required with
    /// <see cref="Location"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public string? StorageIntegration
    {
        get => _storageIntegration;
        init => _storageIntegration = value is null ? null : SnowflakeNames.Validate(value, "storage integration");
    }

    /// <summary>Gets the stage's fully qualified name: <c>PANTHER_LOGS.PUBLIC.PANTHER_LAKE</c>.</summary>
    public string QualifiedStage => $"{_databasePrefix}_LOGS.{_schema}.{_stage}";

    /// <summary>Gets the file format's fully qualified name.</summary>
    public string QualifiedFileFormat => $"{_databasePrefix}_LOGS.{_schema}.{_fileFormat}";
}
