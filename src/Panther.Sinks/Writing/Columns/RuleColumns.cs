using Panther.Sinks.Layout;
using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The columns a <c>rule_matches/</c> or <c>rule_errors/</c> table has after its log table's columns:
/// <c>p_rule_id</c>, <c>p_alert_id</c>, <c>p_alert_context</c>, <c>p_alert_creation_time</c>,
/// <c>p_alert_update_time</c>, <c>p_rule_tags</c>, <c>p_rule_reports</c> and, in error tables only,
/// <c>p_rule_error</c>. Does not check that <c>p_alert_context</c> is JSON; it is stored as the caller gave it.
/// </summary>
internal sealed class RuleColumns
{
    private readonly StringLeafColumn _ruleId = new(new DataField<string>(LakeColumns.RuleId, true));
    private readonly StringLeafColumn _alertId = new(new DataField<string>(LakeColumns.AlertId, true));
    private readonly StringLeafColumn _alertContext = new(new DataField<string>(LakeColumns.AlertContext, true));
    private readonly ValueLeafColumn<DateTime> _creationTime =
        new(ColumnTreeBuilder.CreateTimestampField(LakeColumns.AlertCreationTime));
    private readonly ValueLeafColumn<DateTime> _updateTime =
        new(ColumnTreeBuilder.CreateTimestampField(LakeColumns.AlertUpdateTime));
    private readonly StringListColumn _tags = new(LakeColumns.RuleTags);
    private readonly StringListMapColumn _reports = new(LakeColumns.RuleReports);
    private readonly StringLeafColumn? _error;

    /// <param name="hasError">Whether the table has <c>p_rule_error</c>: true for <c>rule_errors/</c>.</param>
    public RuleColumns(bool hasError)
    {
        if (hasError)
        {
            _error = new StringLeafColumn(new DataField<string>(LakeColumns.RuleError, true));
        }
    }

    /// <summary>Appends the rule fields to a table's fields, and their leaves, in the same order.</summary>
    public void AppendTo(List<Field> fields, List<LeafColumn> leaves)
    {
        fields.AddRange([_ruleId.Field, _alertId.Field, _alertContext.Field, _creationTime.Field, _updateTime.Field,
            _tags.Field, _reports.Field]);
        leaves.AddRange([_ruleId, _alertId, _alertContext, _creationTime, _updateTime, _tags.Leaf]);
        _reports.CollectLeaves(leaves);
        if (_error is not null)
        {
            fields.Add(_error.Field);
            leaves.Add(_error);
        }
    }

    /// <summary>Adds the rule values of one row.</summary>
    public void Add(RuleMatchInfo match)
    {
        _ruleId.AddTopLevel(match.RuleId);
        _alertId.AddTopLevel(match.AlertId);
        _alertContext.AddTopLevel(match.AlertContextJson);
        AddTime(_creationTime, match.AlertCreationTime);
        AddTime(_updateTime, match.AlertUpdateTime);
        _tags.Add(match.Tags);
        _reports.Add(match.Reports);
        if (_error is not null)
        {
            _error.AddTopLevel(match.Error);
        }
    }


    private static void AddTime(ValueLeafColumn<DateTime> column, DateTime? time)
    {
        if (time is { } value)
        {
            column.Add(UtcTimestamp.From(value), 0);
        }
        else
        {
            column.AddNull(0, 0);
        }
    }
}
