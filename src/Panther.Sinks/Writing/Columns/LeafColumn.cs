using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The buffered values of one Parquet leaf column in Dremel form: a definition and a repetition level per entry,
/// and the values that are present. Nodes of the column tree append entries; the whole column is written at once.
/// </summary>
internal abstract class LeafColumn
{
    private readonly GrowableArray<int> _definitions = new();
    private readonly GrowableArray<int> _repetitions = new();

    protected LeafColumn(DataField field) => Field = field;

    public DataField Field { get; }

    /// <summary>Gets the number of entries (levels), present or not.</summary>
    public int Entries => _definitions.Count;

    /// <summary>Gets a rough size of the buffered data in bytes.</summary>
    public virtual long EstimatedBytes => (_definitions.Count + (long)_repetitions.Count) * sizeof(int);

    /// <summary>Adds an entry without a value: the path to the leaf is defined down to
    /// <paramref name="definition"/>. Repetition levels are kept only for a leaf inside a list or map (known once
    /// the leaf's field is in a schema); elsewhere they are all 0 and Parquet leaves them out.</summary>
    public void AddNull(int repetition, int definition)
    {
        _definitions.Add(definition);
        if (Field.MaxRepetitionLevel > 0)
        {
            _repetitions.Add(repetition);
        }
    }

    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);

    public virtual void Clear()
    {
        _definitions.Clear();
        _repetitions.Clear();
    }

    /// <summary>Clears the column and gives its storage back to the pools, once its values are written.</summary>
    public virtual void Release()
    {
        _definitions.Release();
        _repetitions.Release();
    }

    /// <summary>Adds the levels of a present value.</summary>
    protected void AddPresent(int repetition) => AddNull(repetition, Field.MaxDefinitionLevel);

    protected Task WriteLevelsAsync<T>(ParquetRowGroupWriter rowGroup, ReadOnlyMemory<T> values,
        CancellationToken cancellationToken)
        where T : struct
    {
        ReadOnlyMemory<int>? repetitions = Field.MaxRepetitionLevel > 0 ? _repetitions.Memory : null;
        return rowGroup.WriteAllPartsAsync(Field, values, _definitions.Memory, repetitions, cancellationToken);
    }
}
