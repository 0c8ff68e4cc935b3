using Panther.Sinks.Writing.Columns;

namespace Panther.Sinks.Writing;

/// <summary>The rows buffered for one table and hour, and when the first of them arrived.</summary>
internal sealed class PartitionBuffer(TableColumns columns, string table, DateTime hour, DateTimeOffset createdAt)
    : IDisposable
{
    public TableColumns Columns { get; } = columns;

    public string Table { get; } = table;

    public DateTime Hour { get; } = hour;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public void Dispose() => Columns.Dispose();
}
