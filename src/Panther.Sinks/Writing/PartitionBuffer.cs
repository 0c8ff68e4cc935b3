using Panther.Sinks.Layout;
using Panther.Sinks.Writing.Columns;

namespace Panther.Sinks.Writing;

/// <summary>The rows buffered for one table of one database and hour, and when the first of them arrived.</summary>
internal sealed class PartitionBuffer(TableColumns columns, PartitionKey key, DateTimeOffset createdAt)
    : IDisposable
{
    public TableColumns Columns { get; } = columns;

    public PartitionKey Key { get; } = key;

    public LakeDatabase Database => Key.Database;

    public string Table => Key.Table;

    public DateTime Hour => Key.Hour;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public void Dispose() => Columns.Dispose();
}
