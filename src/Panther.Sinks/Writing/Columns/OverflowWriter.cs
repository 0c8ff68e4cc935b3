using System.Buffers;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Collects the values of one row that have no typed column into the JSON object of <c>p_overflow</c>, keyed by
/// their field paths.
/// </summary>
internal sealed class OverflowWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _output = new(1024);
    private readonly ArrayBufferWriter<byte> _value = new(256);
    private readonly Utf8JsonWriter _writer;
    private bool _hasMembers;

    public OverflowWriter() => _writer = new Utf8JsonWriter(_output);

    public FieldPath Path { get; } = new();

    public void BeginRow()
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        Path.Clear();
        _hasMembers = false;
    }

    /// <summary>Keeps a value under the current path.</summary>
    public void Add(EventValue value)
    {
        if (!_hasMembers)
        {
            _writer.WriteStartObject();
            _hasMembers = true;
        }

        _value.ResetWrittenCount();
        JsonValueText.Write(value, _value);
        _writer.WritePropertyName(Path.ToString());
        _writer.WriteRawValue(_value.WrittenSpan, skipInputValidation: true);
    }

    /// <summary>Keeps a member under the current path followed by its name.</summary>
    public void Add(string name, EventValue value)
    {
        Path.Push(name);
        Add(value);
        Path.Pop();
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Ends the row and appends its object, or null when nothing overflowed, to the column.</summary>
    public void EndRow(StringLeafColumn column)
    {
        if (!_hasMembers)
        {
            column.AddNull(0, 0);
            return;
        }

        _writer.WriteEndObject();
        _writer.Flush();
        column.AddUtf8(_output.WrittenSpan, 0);
    }
}
