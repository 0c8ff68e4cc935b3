using System.Text.Json;
using Panther.Parsing.Events;
using Parquet.Schema;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// An <c>object</c> field as a Parquet struct. Members the object type does not name, and later duplicates of a
/// member, go to <c>p_overflow</c>. The table's root is a struct node too, whose children are the top-level
/// columns.
/// </summary>
internal sealed class StructColumn : ColumnNode
{
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _indexes;
    private readonly bool[] _seen;
    private readonly char[] _name;
    private StructField? _field;

    public StructColumn(string name, IReadOnlyList<ColumnNode> children)
        : base(name)
    {
        Children = children;
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < children.Count; i++)
        {
            indexes.TryAdd(children[i].Name, i);
        }

        _indexes = indexes.GetAlternateLookup<ReadOnlySpan<char>>();
        _seen = new bool[children.Count];
        _name = new char[children.Count == 0 ? 0 : children.Max(c => c.Name.Length)];
    }

    public IReadOnlyList<ColumnNode> Children { get; }

    /// <summary>Gets the struct field; made on first use, so that the table's root never makes one.</summary>
    public override ParquetField ParquetField =>
        _field ??= new StructField(ColumnName, [.. Children.Select(c => c.ParquetField)]);

    public override void Write(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        if (value.Kind == JsonValueKind.Object)
        {
            WriteMembers(value, repetition, definition + 1, overflow);
            return;
        }

        WriteNull(repetition, definition);
        if (value.Kind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            overflow.Add(value);
        }
    }

    /// <summary>Shreds the members of an object whose own level is <paramref name="definition"/>. A member's name
    /// is decoded into a buffer as long as the longest child's name, so that known members allocate nothing; a name
    /// that does not fit names no child.</summary>
    public void WriteMembers(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        Array.Clear(_seen);
        foreach (var member in value.EnumerateMembers())
        {
            if (!member.TryCopyName(_name, out var length)
                || !_indexes.TryGetValue(_name.AsSpan(0, length), out var index)
                || _seen[index])
            {
                overflow.Add(member.GetName(), member.Value);
                continue;
            }

            _seen[index] = true;
            var child = Children[index];
            overflow.Path.Push(child.Name);
            child.Write(member.Value, repetition, definition, overflow);
            overflow.Path.Pop();
        }

        for (var i = 0; i < _seen.Length; i++)
        {
            if (!_seen[i])
            {
                Children[i].WriteNull(repetition, definition);
            }
        }
    }

    public override void WriteNull(int repetition, int definition)
    {
        for (var i = 0; i < Children.Count; i++)
        {
            Children[i].WriteNull(repetition, definition);
        }
    }

    public override void CollectLeaves(List<LeafColumn> leaves)
    {
        foreach (var child in Children)
        {
            child.CollectLeaves(leaves);
        }
    }
}
