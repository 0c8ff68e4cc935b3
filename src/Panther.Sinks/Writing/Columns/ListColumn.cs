using System.Text.Json;
using Panther.Parsing.Events;
using Parquet.Schema;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// An <c>array</c> field as a Parquet list (optional list, repeated group, optional element). A null list, an empty
/// list and a null element are told apart.
/// </summary>
internal sealed class ListColumn : ColumnNode
{
    private readonly ColumnNode _element;
    private readonly int _level;

    /// <param name="name">The field name.</param>
    /// <param name="element">The element node, named <c>element</c>.</param>
    /// <param name="level">The repetition level of the list's elements: one more than the lists and maps around
    /// it.</param>
    public ListColumn(string name, ColumnNode element, int level)
        : base(name)
    {
        _element = element;
        _level = level;
        ParquetField = new ListField(ColumnName, element.ParquetField);
    }

    public override ParquetField ParquetField { get; }

    public override void Write(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        if (value.Kind != JsonValueKind.Array)
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
            _element.WriteNull(repetition, definition + 1);
            return;
        }

        var index = 0;
        foreach (var item in value.EnumerateElements())
        {
            overflow.Path.Push(index);
            _element.Write(item, index == 0 ? repetition : _level, definition + 2, overflow);
            overflow.Path.Pop();
            index++;
        }
    }

    public override void WriteNull(int repetition, int definition) => _element.WriteNull(repetition, definition);

    public override void CollectLeaves(List<LeafColumn> leaves) => _element.CollectLeaves(leaves);
}
