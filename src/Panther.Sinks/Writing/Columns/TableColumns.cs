using System.Diagnostics;
using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Schemas.Indicators;
using Panther.Sinks.Layout;
using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The buffered rows of one table file: the schema's fields, then the standard fields, the indicator lists,
/// <c>p_parse_errors</c>, <c>p_enrichment</c> (JSON text) and <c>p_overflow</c>; in a rule-match or rule-error table,
/// the rule columns after those (<see cref="RuleColumns"/>), so that a match table reads like its log table with more
/// columns. Events are shredded into leaf columns as they arrive, so nothing refers to an event once an <c>AddRow</c>
/// call returns.
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
    private readonly StringLeafColumn _enrichment;
    private readonly StringLeafColumn _overflow;
    private readonly RuleColumns? _rules;

    /// <param name="schema">The log type's schema.</param>
    /// <param name="rules">The rule columns of a <c>rule_matches/</c> or <c>rule_errors/</c> table; null for a
    /// <c>logs/</c> table.</param>
    public TableColumns(LogSchema schema, RuleColumns? rules = null)
    {
        LakeColumnName.Validate(schema);
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

        _enrichment = AddString(fields, StandardFields.Enrichment);
        _overflow = AddString(fields, LakeColumns.Overflow);

        _rules = rules;
        _rules?.AppendTo(fields, _leaves);

        Schema = new ParquetSchema(fields);
        CheckLeafOrder();
    }

    public LogSchema LogSchema { get; }

    public ParquetSchema Schema { get; }

    public int Rows { get; private set; }

    /// <summary>Gets a value indicating whether the table has the rule columns.</summary>
    public bool HasRuleColumns => _rules is not null;

    /// <summary>Gets a rough size of the buffered rows in bytes, before compression.</summary>
    public long EstimatedBytes
    {
        get
        {
            long bytes = 0;
            for (var i = 0; i < _leaves.Count; i++)
            {
                bytes += _leaves[i].EstimatedBytes;
            }

            return bytes;
        }
    }

    /// <summary>Shreds one event into the columns of a <c>logs/</c> table.</summary>
    public void AddRow(NormalizedEvent evt)
    {
        Debug.Assert(_rules is null, "A rule-match table needs the rule's values with each event.");
        AddEvent(evt);
        Rows++;
    }

    /// <summary>Shreds one event and the rule values into the columns of a rule-match or rule-error table.</summary>
    public void AddRow(NormalizedEvent evt, RuleMatchInfo match)
    {
        Debug.Assert(_rules is not null, "A log table has no rule columns.");
        AddEvent(evt);
        _rules.Add(match);
        Rows++;
    }

    /// <summary>Writes the buffered rows as one row group of a Parquet file.</summary>
    public Task WriteToAsync(Stream stream, ParquetOptions options, CancellationToken cancellationToken) =>
        LeafColumnFile.WriteAsync(Schema, _leaves, stream, options, cancellationToken);

    /// <summary>Empties the columns and keeps their storage, so that the next file of the same table fills the same
    /// arrays.</summary>
    public void Clear()
    {
        foreach (var leaf in _leaves)
        {
            leaf.Clear();
        }

        Rows = 0;
    }

    /// <summary>Gives the columns' storage back to the pools; the buffered rows are gone afterwards.</summary>
    public void Dispose()
    {
        _overflowWriter.Dispose();
        foreach (var leaf in _leaves)
        {
            leaf.Release();
        }
    }

    private void AddEvent(NormalizedEvent evt)
    {
        _overflowWriter.BeginRow();
        _root.WriteMembers(evt.Root, 0, 0, _overflowWriter);
        _logType.Add(evt.LogType, 0);
        _rowId.AddUtf8(evt.RowId, 0);
        _eventTime.Add(evt.EventTime, 0);
        _parseTime.Add(evt.ParseTime, 0);
        _sourceId.AddTopLevel(evt.Source.Id);
        _sourceLabel.AddTopLevel(evt.Source.Label);
        AddIndicators(evt.Indicators);
        AddParseErrors(evt.ParseErrors);
        if (evt.EnrichmentJson.IsEmpty)
        {
            _enrichment.AddNull(0, 0);
        }
        else
        {
            _enrichment.AddUtf8(evt.EnrichmentJson, 0);
        }

        _overflowWriter.EndRow(_overflow);
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
        if (!LeafColumnFile.IsInStep(Schema, _leaves))
        {
            throw new InvalidOperationException(
                $"The Parquet columns of '{LogSchema.Name}' are out of step with their buffers.");
        }
    }
}
