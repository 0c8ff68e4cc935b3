using System.Buffers;
using System.Text.Json;
using Panther.Parsing.Events;
using Parquet.Schema;
using ParquetField = Parquet.Schema.Field;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// A <c>string</c> field, or a <c>json</c> field written as its JSON text. Strings keep their text, numbers and
/// booleans their JSON text; an object or array in a string field is null and kept in <c>p_overflow</c>.
/// </summary>
internal sealed class TextColumn : ColumnNode
{
    private readonly StringLeafColumn _leaf;
    private readonly bool _isJson;
    private readonly ArrayBufferWriter<byte> _scratch = new(256);

    public TextColumn(string name, bool isJson)
        : base(name)
    {
        _leaf = new StringLeafColumn(new DataField<string>(ColumnName, true));
        _isJson = isJson;
    }

    public override ParquetField ParquetField => _leaf.Field;

    public override void Write(EventValue value, int repetition, int definition, OverflowWriter overflow)
    {
        switch (value.Kind)
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                _leaf.AddNull(repetition, definition);
                break;
            case var _ when _isJson:
                _scratch.ResetWrittenCount();
                JsonValueText.Write(value, _scratch);
                _leaf.AddUtf8(_scratch.WrittenSpan, repetition);
                break;
            case JsonValueKind.String when value.RawValue.IndexOf((byte)'\\') >= 0:
                _leaf.Add(value.GetString(), repetition);
                break;
            case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                _leaf.AddUtf8(value.RawValue, repetition);
                break;
            default:
                _leaf.AddNull(repetition, definition);
                overflow.Add(value);
                break;
        }
    }

    public override void WriteNull(int repetition, int definition) => _leaf.AddNull(repetition, definition);

    public override void CollectLeaves(List<LeafColumn> leaves) => leaves.Add(_leaf);
}
