namespace Panther.Sinks.Search;

/// <summary>The SQL engine an indicator search is written for.</summary>
public enum SearchDialect
{
    /// <summary>DuckDB over the local lake (<see cref="Query.LakeQuery"/>): parameters <c>$1</c>, <c>$2</c>, ...
    /// </summary>
    DuckDb,

    /// <summary>Amazon Athena over the lake's Glue tables: <c>?</c> parameters, as <c>EXECUTE ... USING</c> takes
    /// them.</summary>
    Athena,

    /// <summary>Snowflake over the tables <c>panther schema ddl --target snowflake</c> makes: <c>?</c> bind
    /// variables.</summary>
    Snowflake,
}
