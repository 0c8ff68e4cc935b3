using System.Text;
using Panther.Parsing.Events;
using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>A leaf column of strings, whose characters are kept in a <see cref="CharArena"/>.</summary>
internal sealed class StringLeafColumn : LeafColumn
{
    private readonly GrowableArray<ReadOnlyMemory<char>> _values = new();
    private readonly CharArena _arena = new();

    public StringLeafColumn(DataField field)
        : base(field)
    {
    }

    public override long EstimatedBytes => base.EstimatedBytes + (_values.Count * 16L) + (_arena.Length * 2);

    public void Add(ReadOnlySpan<char> value, int repetition)
    {
        var slice = _arena.Allocate(value.Length);
        value.CopyTo(slice.Span);
        _values.Add(slice);
        AddPresent(repetition);
    }

    /// <summary>Adds a value of a top-level column, or a null when <paramref name="value"/> is null.</summary>
    public void AddTopLevel(string? value)
    {
        if (value is null)
        {
            AddNull(0, 0);
        }
        else
        {
            Add(value, 0);
        }
    }

    /// <summary>Adds a value given as UTF-8, decoding it straight into the arena.</summary>
    public void AddUtf8(ReadOnlySpan<byte> utf8, int repetition)
    {
        var slice = _arena.Allocate(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        var written = Encoding.UTF8.GetChars(utf8, slice.Span);
        _arena.Shrink(slice, written);
        _values.Add(slice[..written]);
        AddPresent(repetition);
    }

    /// <summary>Adds the name of an object member, allocating only when the name holds escapes.</summary>
    public void AddName(EventMember member, int repetition)
    {
        var raw = member.RawName;
        if (raw.IndexOf((byte)'\\') < 0)
        {
            AddUtf8(raw, repetition);
        }
        else
        {
            Add(member.GetName(), repetition);
        }
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        WriteLevelsAsync(rowGroup, _values.Memory, cancellationToken);

    public override void Clear()
    {
        base.Clear();
        _values.Clear();
        _arena.Clear();
    }

    public override void Release()
    {
        base.Release();
        _values.Release();
        _arena.Release();
    }
}
