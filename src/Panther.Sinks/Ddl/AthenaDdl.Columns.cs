using Panther.Schemas;
using Panther.Schemas.Indicators;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Ddl;

/// <summary>The column lists of the tables, in the order the Parquet writer writes them.</summary>
public static partial class AthenaDdl
{
    /// <summary>Gets the columns of the <c>alerts</c> table, in file order.</summary>
    public static IReadOnlyList<AthenaColumn> AlertColumns { get; } =
    [
        new("alert_id", "string"),
        new("type", "string"),
        new("rule_id", "string"),
        new("rule_version", "string"),
        new("title", "string"),
        new("severity", "string"),
        new("dedup", "string"),
        new("creation_time", "timestamp"),
        new("update_time", "timestamp"),
        new("event_count", "bigint"),
        new("raised", "boolean"),
        new("log_types", AthenaTypes.StringList),
        new("tags", AthenaTypes.StringList),
        new("reports", AthenaTypes.Reports),
        new("context", "string"),
        new("description", "string"),
        new("runbook", "string"),
        new("reference", "string"),
        new("destinations", AthenaTypes.StringList),
        new("error", "string"),
        new("summary", "string"),
    ];

    /// <summary>Gets the columns of a log type's table, in file order: the schema's fields, the standard
    /// <c>p_*</c> columns, one list per indicator set in <see cref="IndicatorField.All"/>, <c>p_parse_errors</c>
    /// and <c>p_overflow</c>; in <c>rule_matches</c> and <c>rule_errors</c>, the rule columns after those.</summary>
    /// <param name="schema">The log type.</param>
    /// <param name="database"><see cref="LakeDatabase.Logs"/>, <see cref="LakeDatabase.RuleMatches"/> or
    /// <see cref="LakeDatabase.RuleErrors"/>.</param>
    /// <returns>The columns; the partition columns are not among them.</returns>
    /// <exception cref="ArgumentException"><paramref name="database"/> is <see cref="LakeDatabase.Alerts"/>; or a
    /// name has a backtick, a control character, <c>:</c>, <c>,</c>, <c>&lt;</c> or <c>&gt;</c>; or two sibling
    /// names differ only in case; or a field is named like a partition column.</exception>
    /// <exception cref="NotSupportedException">An object field has no fields.</exception>
    public static IReadOnlyList<AthenaColumn> GetColumns(LogSchema schema, LakeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (database is not (LakeDatabase.Logs or LakeDatabase.RuleMatches or LakeDatabase.RuleErrors))
        {
            throw new ArgumentException(
                $"Log type tables are in the logs, rule_matches and rule_errors databases, not {database}.",
                nameof(database));
        }

        LakeColumnName.Validate(schema);
        var columns = new List<AthenaColumn>();
        foreach (var field in schema.Fields)
        {
            var column = LakeColumnName.From(field.Name);
            AthenaTypes.CheckName(column, field.Name);
            columns.Add(new AthenaColumn(column, AthenaTypes.Of(field.Type, field.Name)));
        }

        columns.Add(new(StandardFields.LogType, "string"));
        columns.Add(new(StandardFields.RowId, "string"));
        columns.Add(new(StandardFields.EventTime, "timestamp"));
        columns.Add(new(StandardFields.ParseTime, "timestamp"));
        columns.Add(new(StandardFields.SourceId, "string"));
        columns.Add(new(StandardFields.SourceLabel, "string"));
        columns.AddRange(IndicatorField.All.Select(f => new AthenaColumn(f.Name, AthenaTypes.StringList)));
        columns.Add(new(StandardFields.ParseErrors, AthenaTypes.ParseErrors));
        columns.Add(new(StandardFields.Enrichment, "string"));
        columns.Add(new(LakeColumns.Overflow, "string"));
        if (database != LakeDatabase.Logs)
        {
            AddRuleColumns(columns, hasError: database == LakeDatabase.RuleErrors);
        }

        AthenaTypes.CheckCaseCollisions(columns.Select(c => c.Name).Concat(PartitionColumns),
            $"Table '{schema.TableName}'");
        return columns;
    }

    private static void AddRuleColumns(List<AthenaColumn> columns, bool hasError)
    {
        columns.Add(new(LakeColumns.RuleId, "string"));
        columns.Add(new(LakeColumns.AlertId, "string"));
        columns.Add(new(LakeColumns.AlertContext, "string"));
        columns.Add(new(LakeColumns.AlertCreationTime, "timestamp"));
        columns.Add(new(LakeColumns.AlertUpdateTime, "timestamp"));
        columns.Add(new(LakeColumns.RuleTags, AthenaTypes.StringList));
        columns.Add(new(LakeColumns.RuleReports, AthenaTypes.Reports));
        if (hasError)
        {
            columns.Add(new(LakeColumns.RuleError, "string"));
        }
    }
}
