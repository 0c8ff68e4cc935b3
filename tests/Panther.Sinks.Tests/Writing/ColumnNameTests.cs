using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Time;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

public sealed class ColumnNameTests
{
    private static readonly LogSchema Schema = new("Test.Symbols")
    {
        Fields =
        [
            Field.Timestamp("@timestamp", TimestampFormat.Rfc3339, isEventTime: true),
            Field.String("user.name") with { Required = true },
            Field.Object("http", Field.String("user-agent"), Field.Int32("$status")),
            Field.Array("hosts", FieldType.Object(Field.String("host name"))),
        ],
    };

    [Theory]
    [InlineData("eventName", "eventName")]
    [InlineData("user-agent", "user-agent")]
    [InlineData("@timestamp", "_at_sign_timestamp")]
    [InlineData("a$b", "a_dollar_sign_b")]
    [InlineData("a.b c", "a_b_c")]
    [InlineData("x=1|y~2", "x_equals_sign_1_vertical_line_y_tilde_2")]
    public void Field_names_map_to_glue_safe_column_names(string field, string column) =>
        Assert.Equal(column, LakeColumnName.From(field));

    [Fact]
    public async Task Columns_are_written_under_their_glue_safe_names_and_read_back_with_their_values()
    {
        using var lake = new TempLake();
        var writer = new ParquetLakeWriter(lake.Layout);
        await using (writer)
        {
            await LakeRun.WriteAsync(writer,
                """
                {"@timestamp":"2026-12-03T15:04:05Z","user.name":"alice","http":{"user-agent":"curl/8","$status":403},"hosts":[{"host name":"db1"}]}
                """ + "\n",
                new LogTypeRegistry().Add(Schema));
        }

        using var query = new LakeQuery(lake.Layout);
        var row = Assert.Single(query.Execute(
            "SELECT _at_sign_timestamp, user_name, http.\"user-agent\" AS agent, http._dollar_sign_status AS status, " +
            "hosts[1].host_name AS host, p_overflow FROM test_symbols").Rows);

        Assert.Equal(new DateTime(2026, 12, 3, 15, 4, 5, DateTimeKind.Utc),
            ((DateTime)row["_at_sign_timestamp"]!).ToUniversalTime());
        Assert.Equal("alice", row["user_name"]);
        Assert.Equal("curl/8", row["agent"]);
        Assert.Equal(403, row["status"]);
        Assert.Equal("db1", row["host"]);
        Assert.Null(row["p_overflow"]);
    }

    [Fact]
    public void A_schema_whose_fields_become_the_same_column_is_refused_with_both_names()
    {
        var schema = new LogSchema("Test.Clash")
        {
            Fields = [Field.Object("outer", Field.String("a.b"), Field.String("A_b"))],
        };

        var error = Assert.Throws<ArgumentException>(() => LakeColumnName.Validate(schema));

        Assert.Contains("'outer.a.b' and 'outer.A_b'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Test.Clash", error.Message, StringComparison.Ordinal);
    }
}
