using Panther.Sinks.Search;

namespace Panther.Sinks.Tests.Search;

public class IndicatorSqlTests
{
    private static readonly SearchRange Range = new(
        new DateTimeOffset(2026, 12, 1, 6, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Athena_sql_names_the_glue_tables_and_binds_every_value()
    {
        var statement = IndicatorSql.Summary(Parse("user:o'brien"), ["aws_cloudtrail", "okta_systemlog"], Range,
            SearchDialect.Athena, "acme");

        var select = "SELECT '{0}' AS table_name, count(*) AS events, min(p_event_time) AS first_seen, " +
            "max(p_event_time) AS last_seen FROM \"acme_logs\".\"{0}\" WHERE contains(\"p_any_usernames\", ?) " +
            "AND p_event_time >= from_iso8601_timestamp(?) " +
            "AND year >= ? AND (CAST(year AS BIGINT) * 1000000 + month * 10000 + day * 100 + hour) >= ? " +
            "AND p_event_time < from_iso8601_timestamp(?) " +
            "AND year <= ? AND (CAST(year AS BIGINT) * 1000000 + month * 10000 + day * 100 + hour) <= ? " +
            "HAVING count(*) > 0";
        Assert.Equal(
            string.Format(null, select, "aws_cloudtrail") + "\nUNION ALL\n"
                + string.Format(null, select, "okta_systemlog"),
            statement.Sql);
        object[] values = ["o'brien", "2026-12-01T06:30:00.000000Z", 2026, 2026120106L,
            "2026-12-03T00:00:00.000000Z", 2026, 2026120300L];
        Assert.Equal([.. values, .. values], statement.Parameters);
    }

    [Fact]
    public void Snowflake_sql_uses_array_contains_and_has_no_partition_columns()
    {
        var statement = IndicatorSql.Events(Parse("10.1.2.3"), ["aws_cloudtrail"], Range, 20,
            SearchDialect.Snowflake);

        Assert.Equal(
            "SELECT * FROM (\nSELECT 'aws_cloudtrail' AS table_name, p_event_time, p_log_type, p_row_id " +
            "FROM PANTHER_LOGS.PUBLIC.aws_cloudtrail WHERE ARRAY_CONTAINS(?::VARIANT, p_any_ip_addresses) " +
            "AND p_event_time >= TO_TIMESTAMP_TZ(?) AND p_event_time < TO_TIMESTAMP_TZ(?)\n) " +
            "ORDER BY p_event_time DESC, p_row_id LIMIT 20",
            statement.Sql);
        Assert.Equal(["10.1.2.3", "2026-12-01T06:30:00.000000Z", "2026-12-03T00:00:00.000000Z"],
            statement.Parameters);
    }

    [Fact]
    public void DuckDb_sql_numbers_each_distinct_value_once()
    {
        var statement = IndicatorSql.Summary(Parse("10.1.2.3"), ["a", "b"], null, SearchDialect.DuckDb);

        Assert.Equal(["10.1.2.3"], statement.Parameters);
        Assert.Equal(2, statement.Sql.Split("list_contains(\"p_any_ip_addresses\", $1)").Length - 1);
    }

    [Theory]
    [InlineData("aws_cloudtrail\" UNION SELECT 1 --")]
    [InlineData("../logs")]
    [InlineData("Upper")]
    public void A_table_name_outside_the_lake_naming_rules_is_refused(string table)
    {
        foreach (var dialect in Enum.GetValues<SearchDialect>())
        {
            Assert.Throws<ArgumentException>(() => IndicatorSql.Summary(Parse("10.1.2.3"), [table], null, dialect));
        }
    }

    [Fact]
    public void An_athena_database_prefix_outside_the_naming_rules_is_refused()
    {
        Assert.Throws<ArgumentException>(() => IndicatorSql.Summary(Parse("10.1.2.3"), ["aws_cloudtrail"], null,
            SearchDialect.Athena, "x\".\"y"));
        Assert.Contains("FROM \"logs\".\"aws_cloudtrail\"", IndicatorSql.Summary(Parse("10.1.2.3"),
            ["aws_cloudtrail"], null, SearchDialect.Athena, "").Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void A_search_needs_a_table()
    {
        Assert.Throws<ArgumentException>(() => IndicatorSql.Summary(Parse("10.1.2.3"), [], null,
            SearchDialect.DuckDb));
    }

    private static Indicator Parse(string text)
    {
        Assert.True(Indicator.TryParse(text, out var indicator, out var error), error);
        return indicator!;
    }
}
