using System.Text;
using Panther.Schemas;
using Panther.Sinks.Layout;

namespace Panther.Sinks.Ddl;

/// <summary>The <c>all_logs</c> view.</summary>
public static partial class AthenaDdl
{
    /// <summary>
    /// Makes the <c>CREATE OR REPLACE VIEW</c> statement of <c>all_logs</c> in the views database: the
    /// <c>p_*</c> columns of every log table (<c>NULL</c> in a table that lacks one), <c>p_db_name</c> and
    /// <c>p_table_name</c> naming where each row comes from, and the partition columns, so that filters on
    /// <c>year</c>, <c>month</c>, <c>day</c> and <c>hour</c> prune every table.
    /// </summary>
    /// <param name="schemas">The log types whose <c>logs</c> tables the view reads.</param>
    /// <param name="options">The location and database prefix.</param>
    /// <returns>The statement, without a terminating <c>;</c>.</returns>
    /// <exception cref="ArgumentException">No log types were given, or two have the same table.</exception>
    public static string CreateAllLogsView(IEnumerable<LogSchema> schemas, AthenaDdlOptions options)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(options);
        var tables = schemas.Select(s => (s.TableName, Columns: GetColumns(s, LakeDatabase.Logs))).ToList();
        if (tables.Count == 0)
        {
            throw new ArgumentException("The all_logs view needs at least one log type.", nameof(schemas));
        }

        var duplicate = tables.GroupBy(t => t.TableName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two log types have the table '{duplicate.Key}'.", nameof(schemas));
        }

        var standard = tables.SelectMany(t => t.Columns).Select(c => c.Name)
            .Where(n => n.StartsWith("p_", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var database = GetDatabaseName(LakeDatabase.Logs, options);
        var text = new StringBuilder();
        text.Append("CREATE OR REPLACE VIEW \"").Append(GetViewsDatabaseName(options)).Append("\".\"")
            .Append(AllLogsView).Append("\" AS\n");
        for (var i = 0; i < tables.Count; i++)
        {
            var (table, columns) = tables[i];
            var present = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
            var selected = standard.Select(n => present.Contains(n) ? $"\"{n}\"" : $"NULL AS \"{n}\"")
                .Concat(PartitionColumns.Select(p => $"\"{p}\""));
            text.Append(i == 0 ? "" : "UNION ALL\n")
                .Append("SELECT '").Append(database).Append("' AS \"p_db_name\", '").Append(table)
                .Append("' AS \"p_table_name\",\n").Append(Wrap(selected)).Append('\n')
                .Append("FROM \"").Append(database).Append("\".\"").Append(table).Append("\"\n");
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Lists names after <c>SELECT</c>, indented, a few to a line.</summary>
    private static string Wrap(IEnumerable<string> items)
    {
        var text = new StringBuilder("  ");
        var lineStart = 0;
        var first = true;
        foreach (var item in items)
        {
            if (!first && text.Length - lineStart + item.Length + 2 > 100)
            {
                text.Append(",\n  ");
                lineStart = text.Length - 2;
            }
            else if (!first)
            {
                text.Append(", ");
            }

            text.Append(item);
            first = false;
        }

        return text.ToString();
    }
}
