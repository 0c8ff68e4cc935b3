using System.Text.Json;
using Panther.Parsing.Events;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>Reads a value of a declared scalar type from an event value.</summary>
/// <typeparam name="T">The CLR type of the column.</typeparam>
internal delegate bool ScalarReader<T>(EventValue value, out T result);

/// <summary>A field of a fixed-size scalar type; a value that does not convert is null and kept in
/// <c>p_overflow</c>.</summary>
/// <typeparam name="T">The CLR type of the column.</typeparam>
internal sealed class ScalarColumn<T> : ColumnNode
    where T : struct
{
    private readonly ValueLeafColumn<T> _leaf;
    private readonly ScalarReader<T> _reader;

    /// <param name="name">The member name the column reads from events.</param>
    /// <param name="field">The Parquet field, named <see cref="ColumnNode.ColumnName"/>.</param>
    /// <param name="reader">Reads the value.</param>
    public ScalarColumn(string name, Parquet.Schema.DataField field, ScalarReader<T> reader)
        : base(name)
    {
        _leaf = new ValueLeafColumn<T>(field);
        _reader = reader;
    }

    public override ParquetField ParquetField => _leaf.Field;

    public override void Write(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        if (value.Kind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            _leaf.AddNull(repetition, definition);
        }
        else if (_reader(value, out var result))
        {
            _leaf.Add(result, repetition);
        }
        else
        {
            _leaf.AddNull(repetition, definition);
            overflow.Add(value);
        }
    }

    public override void WriteNull(int repetition, int definition) => _leaf.AddNull(repetition, definition);

    public override void CollectLeaves(List<LeafColumn> leaves) => leaves.Add(_leaf);
}
