using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>Writes buffered leaf columns as a Parquet file of one row group, and checks that a schema's data
/// fields and the leaves that fill them are in the same order.</summary>
internal static class LeafColumnFile
{
    /// <summary>Gets a value indicating whether <paramref name="leaves"/> are the data fields of
    /// <paramref name="schema"/>, in schema order.</summary>
    public static bool IsInStep(ParquetSchema schema, IReadOnlyList<LeafColumn> leaves)
    {
        var dataFields = schema.GetDataFields();
        return dataFields.Length == leaves.Count
            && !dataFields.Where((field, i) => !ReferenceEquals(field, leaves[i].Field)).Any();
    }

    /// <summary>Writes the leaves as one row group; every leaf must hold the same number of rows.</summary>
    public static async Task WriteAsync(ParquetSchema schema, IReadOnlyList<LeafColumn> leaves, Stream stream,
        ParquetOptions options, CancellationToken cancellationToken)
    {
        var writer = await ParquetWriter.CreateAsync(schema, stream, options, append: false, cancellationToken)
            .ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var rowGroup = writer.CreateRowGroup();
            foreach (var leaf in leaves)
            {
                await leaf.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }
    }
}
