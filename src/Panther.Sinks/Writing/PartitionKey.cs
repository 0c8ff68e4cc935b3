using Panther.Sinks.Layout;

namespace Panther.Sinks.Writing;

/// <summary>What a buffer of <see cref="ParquetLakeWriter"/> collects: one table of one database, one UTC
/// hour.</summary>
/// <param name="Database">The database: <c>logs/</c>, <c>rule_matches/</c> or <c>rule_errors/</c>.</param>
/// <param name="Table">The table name.</param>
/// <param name="Hour">The start of the UTC hour.</param>
internal readonly record struct PartitionKey(LakeDatabase Database, string Table, DateTime Hour);
