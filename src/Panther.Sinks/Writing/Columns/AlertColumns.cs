using Parquet;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The buffered rows of one file of the <c>alerts/alerts/</c> table: one row per alert snapshot, with snake_case
/// columns in the order <c>docs/lake-layout.md</c> lists them. Every column is nullable. Does not check that
/// <c>context</c> is JSON; it is stored as the caller gave it.
/// </summary>
internal sealed class AlertColumns
{
    private readonly List<LeafColumn> _leaves = [];
    private readonly List<Field> _fields = [];
    private readonly StringLeafColumn _alertId;
    private readonly StringLeafColumn _type;
    private readonly StringLeafColumn _ruleId;
    private readonly StringLeafColumn _ruleVersion;
    private readonly StringLeafColumn _title;
    private readonly StringLeafColumn _severity;
    private readonly StringLeafColumn _dedup;
    private readonly ValueLeafColumn<DateTime> _creationTime;
    private readonly ValueLeafColumn<DateTime> _updateTime;
    private readonly ValueLeafColumn<long> _eventCount;
    private readonly ValueLeafColumn<bool> _raised;
    private readonly StringListColumn _logTypes = new("log_types");
    private readonly StringListColumn _tags = new("tags");
    private readonly StringListMapColumn _reports = new("reports");
    private readonly StringLeafColumn _context;
    private readonly StringLeafColumn _description;
    private readonly StringLeafColumn _runbook;
    private readonly StringLeafColumn _reference;
    private readonly StringListColumn _destinations = new("destinations");
    private readonly StringLeafColumn _error;
    private readonly StringLeafColumn _summary;

    public AlertColumns()
    {
        _alertId = AddString("alert_id");
        _type = AddString("type");
        _ruleId = AddString("rule_id");
        _ruleVersion = AddString("rule_version");
        _title = AddString("title");
        _severity = AddString("severity");
        _dedup = AddString("dedup");
        _creationTime = Add(new ValueLeafColumn<DateTime>(ColumnTreeBuilder.CreateTimestampField("creation_time")));
        _updateTime = Add(new ValueLeafColumn<DateTime>(ColumnTreeBuilder.CreateTimestampField("update_time")));
        _eventCount = Add(new ValueLeafColumn<long>(new DataField<long>("event_count", true)));
        _raised = Add(new ValueLeafColumn<bool>(new DataField<bool>("raised", true)));
        AddList(_logTypes);
        AddList(_tags);
        _fields.Add(_reports.Field);
        _reports.CollectLeaves(_leaves);
        _context = AddString("context");
        _description = AddString("description");
        _runbook = AddString("runbook");
        _reference = AddString("reference");
        AddList(_destinations);
        _error = AddString("error");
        _summary = AddString("summary");
        Schema = new ParquetSchema(_fields);
        CheckLeafOrder();
    }

    public ParquetSchema Schema { get; }

    public int Rows { get; private set; }

    /// <summary>Adds one snapshot.</summary>
    public void Add(LakeAlertRecord alert)
    {
        _alertId.AddTopLevel(alert.AlertId);
        _type.AddTopLevel(alert.Type);
        _ruleId.AddTopLevel(alert.RuleId);
        _ruleVersion.AddTopLevel(alert.RuleVersion);
        _title.AddTopLevel(alert.Title);
        _severity.AddTopLevel(alert.Severity);
        _dedup.AddTopLevel(alert.Dedup);
        _creationTime.Add(UtcTimestamp.From(alert.CreationTime), 0);
        _updateTime.Add(UtcTimestamp.From(alert.UpdateTime), 0);
        _eventCount.Add(alert.EventCount, 0);
        _raised.Add(alert.Raised, 0);
        _logTypes.Add(alert.LogTypes);
        _tags.Add(alert.Tags);
        _reports.Add(alert.Reports);
        _context.AddTopLevel(alert.ContextJson);
        _description.AddTopLevel(alert.Description);
        _runbook.AddTopLevel(alert.Runbook);
        _reference.AddTopLevel(alert.Reference);
        _destinations.Add(alert.Destinations);
        _error.AddTopLevel(alert.Error);
        _summary.AddTopLevel(alert.SummaryJson);
        Rows++;
    }

    /// <summary>Writes the buffered rows as one row group of a Parquet file.</summary>
    public Task WriteToAsync(Stream stream, ParquetOptions options, CancellationToken cancellationToken) =>
        LeafColumnFile.WriteAsync(Schema, _leaves, stream, options, cancellationToken);

    private StringLeafColumn AddString(string name) => Add(new StringLeafColumn(new DataField<string>(name, true)));

    private T Add<T>(T leaf)
        where T : LeafColumn
    {
        _fields.Add(leaf.Field);
        _leaves.Add(leaf);
        return leaf;
    }

    private void AddList(StringListColumn list)
    {
        _fields.Add(list.Field);
        _leaves.Add(list.Leaf);
    }

    private void CheckLeafOrder()
    {
        if (!LeafColumnFile.IsInStep(Schema, _leaves))
        {
            throw new InvalidOperationException("The Parquet columns of the alerts table are out of step with their "
                + "buffers.");
        }
    }
}
