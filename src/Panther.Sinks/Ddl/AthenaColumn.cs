namespace Panther.Sinks.Ddl;

/// <summary>
/// One column of an Athena (Glue) table: its name as the Parquet files spell it and its Glue type, such as
/// <c>bigint</c> or <c>struct&lt;arn:string,type:string&gt;</c>.
/// </summary>
/// <param name="Name">The column name, exactly as in the Parquet files (not lower-cased, not renamed).</param>
/// <param name="Type">The Glue type text, ready to place after the quoted name in a column list.</param>
public sealed record AthenaColumn(string Name, string Type);
