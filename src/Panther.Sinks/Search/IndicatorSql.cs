using System.Globalization;
using System.Text;
using Panther.Schemas.Indicators;
using Panther.Sinks.Layout;
using Panther.Sinks.Snowflake;

namespace Panther.Sinks.Search;

/// <summary>
/// Writes the SQL of an indicator search over several log tables: for each table, the events whose indicator column
/// holds the value, within an optional time range that also prunes the hour partitions. The value and the times are
/// parameters; table and column names are checked against the lake's naming rules before they are written.
/// </summary>
public static class IndicatorSql
{
    /// <summary>Writes the statement that counts, per table, the events holding an indicator, with the first and
    /// last <c>p_event_time</c>; tables without any are left out.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="tables">The log tables to search (<c>aws_cloudtrail</c>, ...).</param>
    /// <param name="range">The time range; everything when null.</param>
    /// <param name="dialect">The SQL engine.</param>
    /// <param name="databasePrefix">The prefix of the databases: for Athena the Glue databases (<c>panther</c> gives
    /// <c>panther_logs</c>, an empty prefix <c>logs</c>), as in <see cref="Ddl.AthenaDdlOptions.DatabasePrefix"/>;
    /// for Snowflake those of <see cref="SnowflakeDdl"/> (<c>panther</c> gives <c>PANTHER_LOGS.PUBLIC</c>); ignored
    /// for DuckDB.</param>
    /// <returns>The statement: columns <c>table_name</c>, <c>events</c>, <c>first_seen</c>, <c>last_seen</c>.
    /// </returns>
    /// <exception cref="ArgumentException">A table name or the prefix is not a valid lake table name, or no table
    /// is given.</exception>
    public static SearchStatement Summary(Indicator indicator, IEnumerable<string> tables, SearchRange? range,
        SearchDialect dialect, string databasePrefix = "panther")
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var writer = new Writer(dialect, databasePrefix, range, indicator);
        return writer.Union(tables, table =>
            $"SELECT '{table}' AS table_name, count(*) AS events, min(p_event_time) AS first_seen, " +
            $"max(p_event_time) AS last_seen FROM {writer.Table(table)} WHERE {writer.Conditions()} " +
            "HAVING count(*) > 0");
    }

    /// <summary>Writes the statement that lists the events holding an indicator, newest first.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="tables">The log tables to search.</param>
    /// <param name="range">The time range; everything when null.</param>
    /// <param name="limit">The most events listed.</param>
    /// <param name="dialect">The SQL engine.</param>
    /// <param name="databasePrefix">The prefix of the databases, as for <see cref="Summary"/>.</param>
    /// <returns>The statement: columns <c>table_name</c>, <c>p_event_time</c>, <c>p_log_type</c>,
    /// <c>p_row_id</c>.</returns>
    /// <exception cref="ArgumentException">A table name is not valid, no table is given, or the limit is not
    /// positive.</exception>
    public static SearchStatement Events(Indicator indicator, IEnumerable<string> tables, SearchRange? range,
        int limit, SearchDialect dialect, string databasePrefix = "panther")
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var writer = new Writer(dialect, databasePrefix, range, indicator);
        var union = writer.Union(tables, table =>
            $"SELECT '{table}' AS table_name, p_event_time, p_log_type, p_row_id FROM {writer.Table(table)} " +
            $"WHERE {writer.Conditions()}");
        return union with
        {
            Sql = $"SELECT * FROM (\n{union.Sql}\n) ORDER BY p_event_time DESC, p_row_id LIMIT " +
                limit.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Builds one statement and numbers its parameters the way the dialect wants them.</summary>
    private sealed class Writer(SearchDialect dialect, string prefix, SearchRange? range, Indicator indicator)
    {
        private readonly List<object> _parameters = [];

        public SearchStatement Union(IEnumerable<string> tables, Func<string, string> select)
        {
            ArgumentNullException.ThrowIfNull(tables);
            var parts = new List<string>();
            foreach (var table in tables)
            {
                LakeLayout.ValidateTableName(table);
                parts.Add(select(table));
            }

            if (parts.Count == 0)
            {
                throw new ArgumentException("An indicator search needs at least one table.", nameof(tables));
            }

            return new SearchStatement(string.Join("\nUNION ALL\n", parts), [.. _parameters]);
        }

        public string Table(string table) => dialect switch
        {
            SearchDialect.Athena => $"\"{Database()}\".\"{table}\"",
            SearchDialect.Snowflake => SnowflakeDdl.GetTableName(LakeDatabase.Logs, table,
                new SnowflakeDdlOptions { DatabasePrefix = prefix.Length == 0 ? "PANTHER" : prefix }),
            _ => $"\"{table}\"",
        };

        private string Database()
        {
            var logs = LakeLayout.GetDatabaseFolder(LakeDatabase.Logs);
            if (prefix.Length == 0)
            {
                return logs;
            }

            if (!LakeLayout.IsValidTableName(prefix))
            {
                throw new ArgumentException(
                    $"The database prefix '{prefix}' is not valid: use lower-case letters, digits and '_' only.");
            }

            return prefix + "_" + logs;
        }

        public string Conditions()
        {
            var text = new StringBuilder(Contains());
            if (range is not { } r)
            {
                return text.ToString();
            }

            if (r.From is { } from)
            {
                text.Append(" AND p_event_time >= ").Append(Time(from));
                Partitions(text, from, ">=");
            }

            if (r.To is { } to)
            {
                text.Append(" AND p_event_time < ").Append(Time(to));
                Partitions(text, to, "<=");
            }

            return text.ToString();
        }

        /// <summary>Writes the test of the indicator column. Emails are compared without regard to case, as mail
        /// systems treat them; other values exactly, as the parsers normalized them.</summary>
        private string Contains()
        {
            var column = Column(indicator.Column.Name);
            if (indicator.Kind != IndicatorKind.Email)
            {
                return dialect switch
                {
                    SearchDialect.Athena => $"contains({column}, {Parameter(indicator.Value)})",
                    SearchDialect.Snowflake => $"ARRAY_CONTAINS({Parameter(indicator.Value)}::VARIANT, {column})",
                    _ => $"list_contains({column}, {Parameter(indicator.Value)})",
                };
            }

            var value = indicator.Value.ToLowerInvariant();
            return dialect switch
            {
                SearchDialect.Athena => $"any_match({column}, x -> lower(x) = {Parameter(value)})",
                SearchDialect.Snowflake => $"ARRAY_CONTAINS({Parameter(value)}::VARIANT, "
                    + $"TRANSFORM({column}, x -> LOWER(x::VARCHAR)::VARIANT))",
                _ => $"list_contains(list_transform({column}, x -> lower(x)), {Parameter(value)})",
            };
        }

        /// <summary>Bounds the partition columns, which engines use to skip whole hours of files: the year alone,
        /// which any engine prunes on, then the hour as one number.</summary>
        private void Partitions(StringBuilder text, DateTimeOffset time, string comparison)
        {
            if (dialect == SearchDialect.Snowflake)
            {
                return;
            }

            var utc = time.UtcDateTime;
            var hour = (utc.Year * 1000000L) + (utc.Month * 10000L) + (utc.Day * 100L) + utc.Hour;
            text.Append(" AND year ").Append(comparison).Append(' ').Append(Parameter(utc.Year))
                .Append(" AND (CAST(year AS BIGINT) * 1000000 + month * 10000 + day * 100 + hour) ")
                .Append(comparison).Append(' ').Append(Parameter(hour));
        }

        private string Column(string name) =>
            dialect == SearchDialect.Snowflake ? SnowflakeNames.Identifier(name) : $"\"{name}\"";

        private string Time(DateTimeOffset time)
        {
            var text = time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
            return dialect switch
            {
                SearchDialect.Athena => $"from_iso8601_timestamp({Parameter(text)})",
                SearchDialect.Snowflake => $"TO_TIMESTAMP_TZ({Parameter(text)})",
                _ => $"CAST({Parameter(text)} AS TIMESTAMPTZ)",
            };
        }

        private string Parameter(object value)
        {
            if (dialect == SearchDialect.DuckDb)
            {
                var index = _parameters.IndexOf(value);
                if (index < 0)
                {
                    _parameters.Add(value);
                    index = _parameters.Count - 1;
                }

                return "$" + (index + 1).ToString(CultureInfo.InvariantCulture);
            }

            _parameters.Add(value);
            return "?";
        }
    }
}
