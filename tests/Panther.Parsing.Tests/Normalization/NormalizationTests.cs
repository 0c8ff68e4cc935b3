using System.Text.Json;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Tests.Normalization;

public class NormalizationTests
{
    private static readonly LogSchema Proxy = new("Custom.Proxy")
    {
        Fields =
        [
            Field.Timestamp("ts", TimestampFormat.UnixMilliseconds, isEventTime: true),
            Field.String("kind") with { Required = true, AllowedValues = ["request", "response"] },
            Field.Int32("status"),
            Field.Int64("bytes"),
            Field.Double("ratio"),
            Field.Boolean("cached"),
            Field.String("client", IndicatorKind.Ip),
            Field.Object("user",
                Field.String("email", IndicatorKind.Email),
                Field.Timestamp("since", TimestampFormat.Rfc3339)),
            Field.Array("hops", FieldType.String, IndicatorKind.Hostname),
            Field.Map("headers", FieldType.String),
            Field.Json("extra", KeyIndicatorRule.EndsWith("Sha256", IndicatorKind.Sha256)),
        ],
    };

    private static LogTypeRegistry Registry => new LogTypeRegistry().Add(Proxy);

    [Fact]
    public async Task Numbers_and_booleans_sent_as_strings_are_written_with_their_declared_types()
    {
        var run = await ParseRun.ReadAsync(
            """{"kind":"request","ts":"1733230800123","status":"200","bytes":"9007199254740993","ratio":"0.5","cached":"true"}""",
            registry: Registry);

        var json = Assert.Single(run.Events).Json;
        Assert.Equal(JsonValueKind.Number, json.GetProperty("status").ValueKind);
        Assert.Equal(200, json.GetProperty("status").GetInt32());
        Assert.Equal(9007199254740993L, json.GetProperty("bytes").GetInt64());
        Assert.Equal(0.5, json.GetProperty("ratio").GetDouble());
        Assert.True(json.GetProperty("cached").GetBoolean());
        Assert.Equal("2024-12-03T13:00:00.123Z", json.GetProperty("ts").GetString());
        Assert.Equal("2024-12-03T13:00:00.123Z", json.GetProperty("p_event_time").GetString());
    }

    [Fact]
    public async Task Values_that_do_not_fit_keep_the_event_with_the_raw_value_and_a_parse_error()
    {
        var run = await ParseRun.ReadAsync(
            """{"kind":"request","ts":"yesterday","status":"2xx","bytes":99999999999999999999,"cached":"maybe","user":{"email":["a@b.c"],"since":"2024-02-30T00:00:00Z"},"hops":"not-a-list"}""",
            registry: Registry);

        var evt = Assert.Single(run.Events);
        Assert.Equal(
            [
                ("ts", "not a timestamp in format 'unix_ms', found 'yesterday'"),
                ("status", "expected an integer, found '2xx'"),
                ("bytes", "expected an integer, found '99999999999999999999'"),
                ("cached", "expected a boolean, found 'maybe'"),
                ("user.email", "expected a string, found an array"),
                ("user.since", "not a timestamp in format 'rfc3339', found '2024-02-30T00:00:00Z'"),
                ("hops", "expected an array, found 'not-a-list'"),
            ],
            evt.Errors.Select(e => (e.Path, e.Reason)));
        Assert.Equal("yesterday", evt.Json.GetProperty("ts").GetString());
        Assert.Equal(99999999999999999999m, evt.Json.GetProperty("bytes").GetDecimal());
        Assert.Equal("a@b.c", evt.Json.GetProperty("user").GetProperty("email")[0].GetString());
        Assert.Equal(7, evt.Json.GetProperty("p_parse_errors").GetArrayLength());
        Assert.False(evt.HasOwnEventTime);
        Assert.Equal(ParseRun.ParseTime, evt.EventTime);
    }

    [Fact]
    public async Task An_int32_out_of_range_is_a_parse_error()
    {
        var run = await ParseRun.ReadAsync("""{"kind":"request","status":3000000000}""", registry: Registry);

        var error = Assert.Single(Assert.Single(run.Events).Errors);
        Assert.Equal(new("status", "integer out of range for int, found '3000000000'"), error);
    }

    [Fact]
    public async Task A_numeric_string_out_of_range_stays_a_string_with_a_parse_error()
    {
        var schema = new LogSchema("Custom.Small")
        {
            Fields = [Field.String("id") with { Required = true }, new SchemaField("port", FieldType.Int16)],
        };

        var run = await ParseRun.ReadAsync("""{"id":"a","port":"70000"}""",
            registry: new LogTypeRegistry().Add(schema));

        var evt = Assert.Single(run.Events);
        Assert.Equal("70000", evt.Json.GetProperty("port").GetString());
        Assert.Equal(new("port", "integer out of range for smallint, found '70000'"), Assert.Single(evt.Errors));
    }

    [Fact]
    public async Task A_required_field_missing_inside_a_present_object_is_a_parse_error()
    {
        var schema = new LogSchema("Custom.Nested")
        {
            Fields =
            [
                Field.String("id") with { Required = true },
                Field.Array("items", FieldType.Object(Field.String("name") with { Required = true }, Field.Int64("n"))),
            ],
        };

        var run = await ParseRun.ReadAsync("""{"id":"a","items":[{"name":"x"},{"n":2}]}""",
            registry: new LogTypeRegistry().Add(schema));

        var evt = Assert.Single(run.Events);
        Assert.Equal(new("items[1].name", "missing required field"), Assert.Single(evt.Errors));
    }

    [Fact]
    public async Task Members_the_schema_does_not_name_are_kept_verbatim_in_order()
    {
        var run = await ParseRun.ReadAsync(
            """{"first":{"nested":[1,"two",null]},"kind":"response","@timestamp":"x","z":1e3}""", registry: Registry);

        var json = Assert.Single(run.Events).Json;
        Assert.Equal(
            ["first", "kind", "@timestamp", "z"],
            json.EnumerateObject().Select(p => p.Name).TakeWhile(n => !n.StartsWith("p_", StringComparison.Ordinal)));
        Assert.Equal("""{"nested":[1,"two",null]}""", json.GetProperty("first").GetRawText());
        Assert.Equal("1e3", json.GetProperty("z").GetRawText());
    }

    [Fact]
    public async Task Raw_json_members_are_embedded_as_json_and_scanned_by_key()
    {
        const string hash = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
        var run = await ParseRun.ReadAsync(
            "{\"kind\":\"request\",\"extra\":{\"deep\":{\"fileSha256\":\"" + hash + "\",\"other\":\"x\"}}}",
            registry: Registry);

        var evt = Assert.Single(run.Events);
        Assert.Equal(JsonValueKind.Object, evt.Json.GetProperty("extra").ValueKind);
        Assert.Equal([hash.ToLowerInvariant()], evt.Indicators("p_any_sha256_hashes"));
    }

    [Fact]
    public async Task Indicators_come_from_nested_objects_arrays_and_are_sorted()
    {
        var run = await ParseRun.ReadAsync(
            """{"kind":"request","client":"203.0.113.9","user":{"email":"Eve@Example.com"},"hops":["10.0.0.1","proxy.example.com","10.0.0.1"]}""",
            registry: Registry);

        var evt = Assert.Single(run.Events);
        Assert.Equal(["10.0.0.1", "203.0.113.9"], evt.Indicators("p_any_ip_addresses"));
        Assert.Equal(["proxy.example.com"], evt.Indicators("p_any_domain_names"));
        Assert.Equal(["Eve@Example.com"], evt.Indicators("p_any_emails"));
        Assert.False(evt.Json.TryGetProperty("p_any_md5_hashes", out _));
    }

    [Fact]
    public async Task A_required_field_outside_its_allowed_values_means_the_event_is_not_of_the_type()
    {
        var run = await ParseRun.ReadAsync("""{"kind":"teapot"}""", registry: Registry);

        Assert.Empty(run.Events);
        Assert.Equal(
            "not a valid Custom.Proxy event: required field 'kind' has value 'teapot', which the schema does not allow",
            Assert.Single(run.Quarantined).Reason);
    }

    [Theory]
    [InlineData("""{"status":200}""", "not a valid Custom.Proxy event: missing required field 'kind'")]
    [InlineData("""{"kind":null}""", "not a valid Custom.Proxy event: required field 'kind' is null")]
    [InlineData("""{"kind":{"a":1}}""", "not a valid Custom.Proxy event: required field 'kind' is not a valid string: an object")]
    [InlineData("""  "just text" """, "not a valid Custom.Proxy event: expected a JSON object, found a string")]
    public async Task Records_whose_identifying_fields_fail_are_quarantined_with_the_reason(string line, string reason)
    {
        var run = await ParseRun.ReadAsync(line, registry: Registry);

        Assert.Empty(run.Events);
        Assert.Equal(reason, Assert.Single(run.Quarantined).Reason);
    }

    [Fact]
    public async Task Standard_fields_are_written_after_the_input_members()
    {
        var run = await ParseRun.ReadAsync("""{"kind":"request","ts":1733230800000}""", registry: Registry);

        var json = Assert.Single(run.Events).Json;
        var names = json.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["kind", "ts", "p_log_type", "p_row_id", "p_event_time", "p_parse_time", "p_source_id",
            "p_source_label"], names);
        Assert.Equal("Custom.Proxy", json.GetProperty("p_log_type").GetString());
        Assert.Matches("^[0-9a-f]{32}$", json.GetProperty("p_row_id").GetString());
        Assert.Equal("2026-12-03T15:00:00Z", json.GetProperty("p_parse_time").GetString());
        Assert.Equal("src-1", json.GetProperty("p_source_id").GetString());
        Assert.Equal("test label", json.GetProperty("p_source_label").GetString());
    }

    [Fact]
    public async Task Row_ids_are_unique()
    {
        var lines = string.Join("\n", Enumerable.Repeat("""{"kind":"request"}""", 1000));

        var run = await ParseRun.ReadAsync(lines, registry: Registry);

        Assert.Equal(1000, run.Events.Select(e => e.Json.GetProperty("p_row_id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Escaped_member_names_and_values_are_matched_and_decoded()
    {
        var run = await ParseRun.ReadAsync("""{"ki\u006ed":"re\u0071uest","client":"203.0.113.\u0039"}""",
            registry: Registry);

        var evt = Assert.Single(run.Events);
        Assert.Equal("request", evt.Json.GetProperty("kind").GetString());
        Assert.Equal(["203.0.113.9"], evt.Indicators("p_any_ip_addresses"));
    }

    [Fact]
    public async Task Null_values_are_accepted_for_any_type()
    {
        var run = await ParseRun.ReadAsync(
            """{"kind":"request","ts":null,"status":null,"user":null,"hops":null,"headers":null,"cached":null}""",
            registry: Registry);

        var evt = Assert.Single(run.Events);
        Assert.Empty(evt.Errors);
        Assert.Equal(JsonValueKind.Null, evt.Json.GetProperty("user").ValueKind);
    }
}
