using System.Text.Json;
using Panther.Parsing.Events;
using Parquet.Schema;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// A <c>map</c> field as a Parquet map of string keys (optional map, repeated key-value group, required key,
/// optional value).
/// </summary>
internal sealed class MapColumn : ColumnNode
{
    private readonly StringLeafColumn _keys;
    private readonly ColumnNode _value;
    private readonly int _level;

    /// <param name="name">The field name.</param>
    /// <param name="value">The value node, named <c>value</c>.</param>
    /// <param name="level">The repetition level of the map's entries.</param>
    public MapColumn(string name, ColumnNode value, int level)
        : base(name)
    {
        _keys = new StringLeafColumn(new DataField<string>("key", false));
        _value = value;
        _level = level;
        ParquetField = new MapField(ColumnName, _keys.Field, value.ParquetField);
    }

    public override ParquetField ParquetField { get; }

    public override void Write(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        if (value.Kind != JsonValueKind.Object)
        {
            WriteNull(repetition, definition);
            if (value.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null))
            {
                overflow.Add(value);
            }

            return;
        }

        if (value.Count == 0)
        {
            WriteNull(repetition, definition + 1);
            return;
        }

        var first = true;
        foreach (var member in value.EnumerateMembers())
        {
            var level = first ? repetition : _level;
            first = false;
            _keys.AddName(member, level);
            overflow.Path.Push(member);
            _value.Write(member.Value, level, definition + 2, overflow);
            overflow.Path.Pop();
        }
    }

    public override void WriteNull(int repetition, int definition)
    {
        _keys.AddNull(repetition, definition);
        _value.WriteNull(repetition, definition);
    }

    public override void CollectLeaves(List<LeafColumn> leaves)
    {
        leaves.Add(_keys);
        _value.CollectLeaves(leaves);
    }
}
