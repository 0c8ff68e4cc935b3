using System.Text.Json;
using System.Text.RegularExpressions;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

public partial class ParquetLakeWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Events_go_to_the_partition_of_their_utc_hour()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);

        var files = lake.Files();

        Assert.Equal(
            [
                "logs/test_nested/year=2026/month=01/day=01/hour=00",
                "logs/test_nested/year=2026/month=12/day=03/hour=15",
                "logs/test_nested/year=2026/month=12/day=03/hour=16",
            ],
            files.Select(f => f[..f.LastIndexOf('/')]));
        Assert.All(files, f => Assert.Matches(FileNamePattern(), f[(f.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public async Task No_temporary_file_is_left_behind()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);

        Assert.Empty(lake.Files("*.tmp"));
        Assert.DoesNotContain(lake.Files(), f => f.Split('/')[^1].StartsWith('.'));
    }

    [Fact]
    public async Task Columns_get_parquet_types_from_the_schema()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var types = query.Execute("DESCRIBE test_nested").Rows
            .ToDictionary(r => (string)r["column_name"]!, r => (string)r["column_type"]!);

        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["time"]);
        Assert.Equal("VARCHAR", types["name"]);
        Assert.Equal("BIGINT", types["count"]);
        Assert.Equal("SMALLINT", types["small"]);
        Assert.Equal("INTEGER", types["port"]);
        Assert.Equal("UBIGINT", types["flow"]);
        Assert.Equal("DOUBLE", types["ratio"]);
        Assert.Equal("FLOAT", types["score"]);
        Assert.Equal("BOOLEAN", types["flag"]);
        Assert.Equal("STRUCT(\"name\" VARCHAR, id INTEGER, \"session\" STRUCT(mfa BOOLEAN, created TIMESTAMP WITH "
            + "TIME ZONE))", types["user"]);
        Assert.Equal("VARCHAR[]", types["tags"]);
        Assert.Equal("STRUCT(id BIGINT, \"label\" VARCHAR)[]", types["items"]);
        Assert.Equal("BIGINT[][]", types["matrix"]);
        Assert.Equal("MAP(VARCHAR, VARCHAR)", types["labels"]);
        Assert.Equal("MAP(VARCHAR, BIGINT)", types["counters"]);
        Assert.Equal("VARCHAR", types["raw"]);
        Assert.Equal("VARCHAR", types["p_log_type"]);
        Assert.Equal("VARCHAR", types["p_row_id"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["p_event_time"]);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", types["p_parse_time"]);
        Assert.Equal("VARCHAR[]", types["p_any_ip_addresses"]);
        Assert.Equal("VARCHAR[]", types["p_any_aws_arns"]);
        Assert.Equal("STRUCT(path VARCHAR, reason VARCHAR)[]", types["p_parse_errors"]);
        Assert.Equal("VARCHAR", types["p_overflow"]);
        Assert.Equal("INTEGER", types["hour"]);
        Assert.Equal("INTEGER", types["year"]);
    }

    [Fact]
    public async Task Scalar_and_nested_values_read_back_as_they_were_normalized()
    {
        using var lake = new TempLake();
        var expected = await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var rows = query.Execute("""
            SELECT p_row_id, name, count, small, port, flow, ratio, score, flag, epoch_us("time") AS time_us,
                user.name AS user_name, user.id AS user_id, user.session.mfa AS mfa,
                epoch_us(user.session.created) AS created_us, tags, items[2].id AS item2_id,
                items[2].label AS item2_label, len(items) AS items_len, matrix[1] AS m1, len(matrix[2]) AS m2_len,
                matrix[3] IS NULL AS m3_null, labels['team'] AS team, counters['x'] AS x, counters['y'] AS y,
                cardinality(labels) AS labels_len, raw, p_any_ip_addresses, p_any_usernames, p_source_id,
                p_source_label, p_log_type, epoch_us(p_event_time) AS event_us, epoch_us(p_parse_time) AS parse_us,
                hour
            FROM test_nested ORDER BY name
            """).Rows.ToDictionary(r => (string)r["name"]!);

        Assert.Equal(5, rows.Count);
        var first = rows["first"];
        Assert.Equal(42L, first["count"]);
        Assert.Equal((short)7, first["small"]);
        Assert.Equal(443, first["port"]);
        Assert.Equal(ulong.MaxValue, first["flow"]);
        Assert.Equal(0.25, first["ratio"]);
        Assert.Equal(1.5f, first["score"]);
        Assert.Equal(true, first["flag"]);
        Assert.Equal(Micros("2026-12-03T15:04:05.123Z"), first["time_us"]);
        Assert.Equal("alice", first["user_name"]);
        Assert.Equal(7, first["user_id"]);
        Assert.Equal(false, first["mfa"]);
        Assert.Equal(Micros("2026-12-03T13:00:00Z"), first["created_us"]);
        Assert.Equal(["a", "b\"q"], Strings(first["tags"]));
        Assert.Equal(2L, first["item2_id"]);
        Assert.Null(first["item2_label"]);
        Assert.Equal(2L, first["items_len"]);
        Assert.Equal([1L, 2L], ((System.Collections.IEnumerable)first["m1"]!).Cast<object>());
        Assert.Equal(0L, first["m2_len"]);
        Assert.Equal(true, first["m3_null"]);
        Assert.Equal("sec", first["team"]);
        Assert.Equal(1L, first["x"]);
        Assert.Null(first["y"]);
        Assert.Equal("""{"k":[1,2,{"z":"w"}]}""", first["raw"]);
        Assert.Equal(["203.0.113.15"], Strings(first["p_any_ip_addresses"]));
        Assert.Equal(["alice"], Strings(first["p_any_usernames"]));
        Assert.Equal("src-1", first["p_source_id"]);
        Assert.Equal("test label", first["p_source_label"]);
        Assert.Equal("Test.Nested", first["p_log_type"]);
        Assert.Equal(15, first["hour"]);

        var second = rows["second"];
        Assert.Empty(Strings(second["tags"]));
        Assert.Equal(0UL, second["labels_len"]);
        Assert.Null(second["count"]);
        Assert.Null(second["flow"]);
        Assert.Null(second["created_us"]);
        Assert.Null(second["p_any_ip_addresses"]);
        Assert.Equal("\"text\"", second["raw"]);

        Assert.Null(rows["third"]["tags"]);
        Assert.Null(rows["third"]["items_len"]);
        Assert.Null(rows["third"]["small"]);
        Assert.Null(rows["fifth"]["user_name"]);
        Assert.Equal(Micros("2026-12-03T16:52:42Z"), rows["fourth"]["event_us"]);
        Assert.Null(rows["fourth"]["time_us"]);

        foreach (var row in rows.Values)
        {
            var json = expected[(string)row["p_row_id"]!];
            Assert.Equal(Millis(json.GetProperty("p_event_time").GetString()!), row["event_us"]);
            Assert.Equal(Millis(json.GetProperty("p_parse_time").GetString()!), row["parse_us"]);
        }
    }

    [Fact]
    public async Task Filters_on_timestamps_find_the_matching_rows()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var rows = query.Execute("""
            SELECT name FROM test_nested
            WHERE p_event_time >= TIMESTAMPTZ '2026-12-03 15:30:00+00'
                AND "time" < TIMESTAMPTZ '2026-12-03 16:00:00+00'
            """).Rows;

        Assert.Equal("second", Assert.Single(rows)["name"]);
    }

    [Fact]
    public async Task Unknown_members_and_values_of_the_wrong_type_are_kept_in_p_overflow()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var overflow = query.Execute("SELECT name, p_overflow FROM test_nested").Rows
            .ToDictionary(r => (string)r["name"]!, r => (string?)r["p_overflow"]);

        Assert.Equal("""{"user.extra":"kept","items[1].color":"red","unknown":{"deep":true}}""",
            overflow["first"]);
        Assert.Equal("""{"count":"many","flow":-1,"user.session.created":"yesterday"}""", overflow["second"]);
        Assert.Equal("""{"items":"not-a-list","small":70000}""", overflow["third"]);
        Assert.Equal("""{"time":"not a time"}""", overflow["fourth"]);
        Assert.Null(overflow["fifth"]);
    }

    [Fact]
    public async Task Overflow_and_json_columns_can_be_queried_with_duckdb_json_functions()
    {
        using var lake = new TempLake();
        await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var row = Assert.Single(query.Execute("""
            SELECT json_extract_string(p_overflow, '$."user.extra"') AS extra, raw->>'$.k[2].z' AS z
            FROM test_nested WHERE name = 'first'
            """).Rows);

        Assert.Equal("kept", row["extra"]);
        Assert.Equal("w", row["z"]);
    }

    [Fact]
    public async Task Parse_errors_are_a_list_of_path_and_reason()
    {
        using var lake = new TempLake();
        var expected = await WriteNestedEventsAsync(lake);
        using var query = new LakeQuery(lake.Layout);

        var rows = query.Execute(
            "SELECT p_row_id, list_transform(p_parse_errors, e -> e.path || ': ' || e.reason) AS errors "
            + "FROM test_nested").Rows;

        Assert.Equal(5, rows.Count);
        foreach (var row in rows)
        {
            var json = expected[(string)row["p_row_id"]!];
            var errors = json.TryGetProperty("p_parse_errors", out var list)
                ? list.EnumerateArray()
                    .Select(e => (string?)$"{e.GetProperty("path")}: {e.GetProperty("reason")}")
                    .ToList()
                : null;
            Assert.Equal(errors, row["errors"] is null ? null : Strings(row["errors"]));
        }

        Assert.Contains(rows, r => r["errors"] is not null);
    }

    [Fact]
    public async Task A_buffer_is_written_when_it_reaches_the_row_limit()
    {
        using var lake = new TempLake();
        var options = new ParquetLakeWriterOptions { MaxRowsPerFile = 1, TimeProvider = new ManualTimeProvider(Now) };
        await using (var writer = new ParquetLakeWriter(lake.Layout, options))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());

            Assert.Equal(5, writer.FilesWritten);
            Assert.Equal(0, writer.RowsBuffered);
        }

        Assert.Equal(5, lake.Files("*.parquet").Count);
    }

    [Fact]
    public async Task A_buffer_is_written_when_it_reaches_the_byte_limit()
    {
        using var lake = new TempLake();
        var options = new ParquetLakeWriterOptions { MaxBufferBytes = 1, TimeProvider = new ManualTimeProvider(Now) };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);

        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());

        Assert.Equal(5, writer.FilesWritten);
    }

    [Fact]
    public async Task Buffers_are_written_largest_first_when_together_they_pass_the_total_limit()
    {
        using var lake = new TempLake();
        var options = new ParquetLakeWriterOptions
        {
            MaxTotalBufferBytes = 1,
            TimeProvider = new ManualTimeProvider(Now),
        };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);

        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());

        Assert.Equal(5, writer.FilesWritten);
        Assert.Equal(0, writer.RowsBuffered);
    }

    [Fact]
    public async Task Buffers_under_the_total_limit_wait_for_a_flush()
    {
        using var lake = new TempLake();
        var options = new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);

        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());

        Assert.Equal(0, writer.FilesWritten);
        Assert.Equal(5, writer.RowsBuffered);
    }

    [Fact]
    public async Task A_buffer_is_written_when_it_is_older_than_the_age_limit()
    {
        using var lake = new TempLake();
        var clock = new ManualTimeProvider(Now);
        var options = new ParquetLakeWriterOptions { MaxBufferAge = TimeSpan.FromSeconds(30), TimeProvider = clock };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);
        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());
        Assert.Equal(0, writer.FilesWritten);
        Assert.Equal(5, writer.RowsBuffered);

        clock.Now = Now.AddSeconds(29);
        await writer.FlushExpiredAsync();
        Assert.Equal(0, writer.FilesWritten);

        clock.Now = Now.AddSeconds(30);
        await writer.FlushExpiredAsync();
        Assert.Equal(3, writer.FilesWritten);
        Assert.Equal(5, writer.RowsWritten);
    }

    [Fact]
    public async Task Events_are_copied_before_the_reader_reuses_its_batch()
    {
        using var lake = new TempLake();
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(), batchSize: 1);
        }

        using var query = new LakeQuery(lake.Layout);
        var names = query.Execute("SELECT name, user.name AS u FROM test_nested ORDER BY name").Rows;

        Assert.Equal(["fifth", "first", "fourth", "second", "third"], names.Select(r => (string)r["name"]!));
        Assert.Equal("alice", names[1]["u"]);
    }

    [Fact]
    public async Task Writing_after_dispose_is_refused()
    {
        using var lake = new TempLake();
        var writer = new ParquetLakeWriter(lake.Layout);
        await writer.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await writer.FlushAsync());
    }

    private static async Task<Dictionary<string, JsonElement>> WriteNestedEventsAsync(TempLake lake)
    {
        var options = new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) };
        await using var writer = new ParquetLakeWriter(lake.Layout, options);
        var expected = await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());
        await writer.FlushAsync();
        Assert.Equal(5, writer.RowsWritten);
        return expected;
    }

    private static long Micros(string rfc3339) =>
        (DateTimeOffset.Parse(rfc3339, System.Globalization.CultureInfo.InvariantCulture).UtcTicks
            - DateTime.UnixEpoch.Ticks) / 10;

    private static long Millis(string rfc3339) => Micros(rfc3339) / 1000 * 1000;

    private static List<string?> Strings(object? list) =>
        [.. ((System.Collections.IEnumerable)list!).Cast<object?>().Select(v => (string?)v)];

    [GeneratedRegex(@"^20261203T170000Z-[0-9a-f]{32}\.parquet\z")]
    private static partial Regex FileNamePattern();
}
