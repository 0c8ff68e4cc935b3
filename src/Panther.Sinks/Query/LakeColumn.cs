namespace Panther.Sinks.Query;

/// <summary>A column of a query result.</summary>
/// <param name="Name">The column name.</param>
/// <param name="TypeName">The DuckDB type as DuckDB.NET names it, such as <c>Varchar</c>, <c>BigInt</c>,
/// <c>Struct</c> or <c>Map</c>; run <c>DESCRIBE</c> for the full type.</param>
public sealed record LakeColumn(string Name, string TypeName);
