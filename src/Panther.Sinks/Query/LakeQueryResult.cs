namespace Panther.Sinks.Query;

/// <summary>The columns and rows returned by <see cref="LakeQuery.Execute(string)"/>.</summary>
/// <param name="Columns">The columns, in select order.</param>
/// <param name="Rows">The rows, in result order.</param>
public sealed record LakeQueryResult(IReadOnlyList<LakeColumn> Columns, IReadOnlyList<LakeRow> Rows);
