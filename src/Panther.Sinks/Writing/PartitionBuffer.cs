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

    /// <summary>Gets the estimate of the buffered values' size as of the last row added.</summary>
    public long EstimatedBytes { get; private set; }

    /// <summary>Measures the buffer again after rows were added.</summary>
    /// <returns>How much the estimate grew.</returns>
    public long Remeasure()
    {
        var estimate = Columns.EstimatedBytes;
        var growth = estimate - EstimatedBytes;
        EstimatedBytes = estimate;
        return growth;
    }

    public void Dispose() => Columns.Dispose();
}
