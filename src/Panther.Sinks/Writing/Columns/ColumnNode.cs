using Panther.Parsing.Events;
using Panther.Sinks.Layout;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// One field of a table in the Parquet schema, and the shredding of its values into leaf columns. Every node is
/// optional, so a missing or null value is a null at the node's level.
/// </summary>
/// <remarks>
/// <c>definition</c> arguments give the definition level already reached by the node's parent; a present value of
/// the node defines one more level. <c>repetition</c> is the level at which the value repeats: 0 for a new row,
/// otherwise the level of the innermost list or map whose next element this is.
/// </remarks>
internal abstract class ColumnNode
{
    protected ColumnNode(string name)
    {
        Name = name;
        ColumnName = LakeColumnName.From(name);
    }

    /// <summary>Gets the member name the node reads from events.</summary>
    public string Name { get; }

    /// <summary>Gets the name of the node in the Parquet schema (<see cref="LakeColumnName"/>).</summary>
    public string ColumnName { get; }

    /// <summary>Gets the Parquet schema field of the node; built once, with the node.</summary>
    public abstract ParquetField ParquetField { get; }

    /// <summary>Shreds a value: <paramref name="value"/> may be missing, null or of the wrong kind.</summary>
    public abstract void Write(EventValue value, int repetition, int definition, OverflowWriter overflow);

    /// <summary>Appends a null to every leaf below the node.</summary>
    public abstract void WriteNull(int repetition, int definition);

    /// <summary>Adds the node's leaves in schema order.</summary>
    public abstract void CollectLeaves(List<LeafColumn> leaves);
}
