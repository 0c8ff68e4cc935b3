using System.Runtime.CompilerServices;
using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>A leaf column of fixed-size values: numbers, booleans and timestamps.</summary>
/// <typeparam name="T">The CLR type Parquet.Net expects for the field.</typeparam>
internal sealed class ValueLeafColumn<T> : LeafColumn
    where T : struct
{
    private readonly GrowableArray<T> _values = new();

    public ValueLeafColumn(DataField field)
        : base(field)
    {
    }

    public override long EstimatedBytes => base.EstimatedBytes + ((long)_values.Count * Unsafe.SizeOf<T>());

    public void Add(T value, int repetition)
    {
        _values.Add(value);
        AddPresent(repetition);
    }

    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken) =>
        WriteLevelsAsync(rowGroup, _values.Memory, cancellationToken);

    public override void Clear()
    {
        base.Clear();
        _values.Clear();
    }

    public override void Release()
    {
        base.Release();
        _values.Release();
    }
}
