namespace Panther.Sinks.Snowflake;

/// <summary>A column of a Snowflake table made from the lake.</summary>
/// <param name="Name">The lake column name, as in the Parquet files.</param>
/// <param name="Type">The Snowflake type: <c>VARCHAR</c>, <c>NUMBER(38,0)</c>, <c>FLOAT</c>, <c>BOOLEAN</c>,
/// <c>TIMESTAMP_TZ(3)</c>, <c>VARIANT</c>, <c>OBJECT</c> or <c>ARRAY</c>.</param>
/// <param name="FromJsonText">Whether the Parquet column holds JSON text that is parsed into the
/// <c>VARIANT</c>.</param>
public sealed record SnowflakeColumn(string Name, string Type, bool FromJsonText = false)
{
    /// <summary>Gets the column's identifier in Snowflake SQL (see <see cref="SnowflakeNames.Identifier"/>).
    /// </summary>
    public string Identifier => SnowflakeNames.Identifier(Name);

    /// <summary>Gets the expression that reads the column from a staged Parquet row (<c>$1</c>) during
    /// <c>COPY INTO</c>.</summary>
    public string LoadExpression => FromJsonText
        ? $"TRY_PARSE_JSON($1:\"{Name}\"::VARCHAR)"
        : $"$1:\"{Name}\"::{Type}";
}
