using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Schemas.Indicators;
using Panther.Sinks.Layout;
using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The buffered rows of one table file: the schema's fields, then the standard fields, the indicator lists,
/// <c>p_parse_errors</c> and <c>p_overflow</c>. Events are shredded into leaf columns as they arrive, so nothing
/// refers to an event once <see cref="AddRow"/> returns.
/// </summary>
internal sealed class TableColumns : IDisposable
{
    private readonly StructColumn _root;
    private readonly List<LeafColumn> _leaves = [];
    private readonly OverflowWriter _overflowWriter = new();
    private readonly StringLeafColumn _logType;
    private readonly StringLeafColumn _rowId;
    private readonly ValueLeafColumn<DateTime> _eventTime;
    private readonly ValueLeafColumn<DateTime> _parseTime;
    private readonly StringLeafColumn _sourceId;
    private readonly StringLeafColumn _sourceLabel;
    private readonly StringLeafColumn[] _indicators;
    private readonly StringLeafColumn _errorPaths;
    private readonly StringLeafColumn _errorReasons;
    private readonly StringLeafColumn _overflow;

    public TableColumns(LogSchema schema)
    {
        LogSchema = schema;
        _root = new StructColumn("root", [.. schema.Fields.Select(f => ColumnTreeBuilder.Build(f.Name, f.Type, 0))]);
        var fields = _root.Children.Select(c => c.ParquetField).ToList();
        _root.CollectLeaves(_leaves);

        _logType = AddString(fields, StandardFields.LogType);
        _rowId = AddString(fields, StandardFields.RowId);
        _eventTime = Add(fields, new ValueLeafColumn<DateTime>(
            ColumnTreeBuilder.CreateTimestampField(StandardFields.EventTime)));
        _parseTime = Add(fields, new ValueLeafColumn<DateTime>(
            ColumnTreeBuilder.CreateTimestampField(StandardFields.ParseTime)));
        _sourceId = AddString(fields, StandardFields.SourceId);
        _sourceLabel = AddString(fields, StandardFields.SourceLabel);

        _indicators = [.. IndicatorField.All.Select(indicator => AddStringList(fields, indicator.Name))];

        _errorPaths = new StringLeafColumn(new DataField<string>("path", true));
        _errorReasons = new StringLeafColumn(new DataField<string>("reason", true));
        fields.Add(new ListField(StandardFields.ParseErrors,
            new StructField(ListField.ElementName, _errorPaths.Field, _errorReasons.Field)));
        _leaves.Add(_errorPaths);
        _leaves.Add(_errorReasons);

        _overflow = AddString(fields, LakeColumns.Overflow);

        Schema = new ParquetSchema(fields);
        CheckLeafOrder();
    }

    public LogSchema LogSchema { get; }

    public ParquetSchema Schema { get; }

    public int Rows { get; private set; }

    /// <summary>Gets a rough size of the buffered rows in bytes, before compression.</summary>
    public long EstimatedBytes => _leaves.Sum(leaf => leaf.EstimatedBytes);

    /// <summary>Shreds one event into the columns.</summary>
    public void AddRow(NormalizedEvent evt)
    {
        _overflowWriter.BeginRow();
        _root.WriteMembers(evt.Root, 0, 0, _overflowWriter);
        _logType.Add(evt.LogType, 0);
        _rowId.AddUtf8(evt.RowId, 0);
        _eventTime.Add(evt.EventTime, 0);
        _parseTime.Add(evt.ParseTime, 0);
        AddOptional(_sourceId, evt.Source.Id);
        AddOptional(_sourceLabel, evt.Source.Label);
        AddIndicators(evt.Indicators);
        AddParseErrors(evt.ParseErrors);
        _overflowWriter.EndRow(_overflow);
        Rows++;
    }

    /// <summary>Writes the buffered rows as one row group of a Parquet file.</summary>
    public async Task WriteToAsync(Stream stream, ParquetOptions options, CancellationToken cancellationToken)
    {
        var writer = await ParquetWriter.CreateAsync(Schema, stream, options, append: false, cancellationToken)
            .ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var rowGroup = writer.CreateRowGroup();
            foreach (var leaf in _leaves)
            {
                await leaf.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        }
    }

    public void Dispose() => _overflowWriter.Dispose();

    private static void AddOptional(StringLeafColumn column, string? value)
    {
        if (value is null)
        {
            column.AddNull(0, 0);
        }
        else
        {
            column.Add(value, 0);
        }
    }

    private void AddIndicators(EventIndicators indicators)
    {
        for (var column = 0; column < _indicators.Length; column++)
        {
            var repetition = -1;
            for (var i = 0; i < indicators.Count; i++)
            {
                var value = indicators.GetEntry(i, out var field);
                if (field.Id == column)
                {
                    repetition++;
                    _indicators[column].AddUtf8(value, Math.Min(repetition, 1));
                }
            }

            if (repetition < 0)
            {
                _indicators[column].AddNull(0, 0);
            }
        }
    }

    private void AddParseErrors(IReadOnlyList<ParseError> errors)
    {
        if (errors.Count == 0)
        {
            _errorPaths.AddNull(0, 0);
            _errorReasons.AddNull(0, 0);
            return;
        }

        for (var i = 0; i < errors.Count; i++)
        {
            var repetition = i == 0 ? 0 : 1;
            _errorPaths.Add(errors[i].Path, repetition);
            _errorReasons.Add(errors[i].Reason, repetition);
        }
    }

    private StringLeafColumn AddString(List<Field> fields, string name) =>
        Add(fields, new StringLeafColumn(new DataField<string>(name, true)));

    private StringLeafColumn AddStringList(List<Field> fields, string name)
    {
        var element = new StringLeafColumn(new DataField<string>(ListField.ElementName, true));
        fields.Add(new ListField(name, element.Field));
        _leaves.Add(element);
        return element;
    }

    private T Add<T>(List<Field> fields, T leaf)
        where T : LeafColumn
    {
        fields.Add(leaf.Field);
        _leaves.Add(leaf);
        return leaf;
    }

    private void CheckLeafOrder()
    {
        var dataFields = Schema.GetDataFields();
        if (dataFields.Length != _leaves.Count
            || dataFields.Where((field, i) => !ReferenceEquals(field, _leaves[i].Field)).Any())
        {
            throw new InvalidOperationException(
                $"The Parquet columns of '{LogSchema.Name}' are out of step with their buffers.");
        }
    }
}
