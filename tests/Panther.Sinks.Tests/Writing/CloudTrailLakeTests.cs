using System.Globalization;
using System.Text.Json;
using Panther.Parsing;
using Panther.Schemas.Indicators;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;
using Panther.Tests.Shared;

namespace Panther.Sinks.Tests.Writing;

public class CloudTrailLakeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Real_cloudtrail_events_read_back_with_their_values()
    {
        var input = await File.ReadAllBytesAsync(
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"));
        using var lake = new TempLake();
        Dictionary<string, JsonElement> expected;
        await using (var writer = new ParquetLakeWriter(lake.Layout,
            new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) }))
        {
            expected = await LakeRun.WriteAsync(writer, input, BuiltInLogTypes.CreateRegistry(), batchSize: 64);
        }

        using var query = new LakeQuery(lake.Layout);
        var indicatorColumns = IndicatorField.All.Select(f => f.Name).ToList();
        var rows = query.Execute($"""
            SELECT p_row_id, eventName, eventSource, epoch_ms(p_event_time) AS event_ms, userIdentity.arn AS arn,
                userIdentity.sessionContext.sessionIssuer.userName AS issuer, requestParameters, readOnly,
                len(resources) AS resources, year, month, day, hour, {string.Join(", ", indicatorColumns)}
            FROM aws_cloudtrail
            """).Rows;

        Assert.Equal(expected.Count, rows.Count);
        Assert.True(rows.Count > 100);
        foreach (var row in rows)
        {
            var json = expected[(string)row["p_row_id"]!];
            Assert.Equal(json.GetProperty("eventName").GetString(), row["eventName"]);
            Assert.Equal(json.GetProperty("eventSource").GetString(), row["eventSource"]);
            var eventTime = DateTimeOffset.Parse(json.GetProperty("p_event_time").GetString()!,
                CultureInfo.InvariantCulture);
            Assert.Equal(eventTime.ToUnixTimeMilliseconds(), row["event_ms"]);
            Assert.Equal(new object[] { eventTime.Year, eventTime.Month, eventTime.Day, eventTime.Hour },
                new[] { row["year"], row["month"], row["day"], row["hour"] });
            Assert.Equal(Path(json, "userIdentity", "arn"), row["arn"]);
            Assert.Equal(Path(json, "userIdentity", "sessionContext", "sessionIssuer", "userName"), row["issuer"]);
            AssertSameJson(json, "requestParameters", (string?)row["requestParameters"]);
            Assert.Equal(json.TryGetProperty("readOnly", out var ro) && ro.ValueKind != JsonValueKind.Null
                ? ro.GetBoolean() : null, row["readOnly"]);
            Assert.Equal(json.TryGetProperty("resources", out var res) && res.ValueKind == JsonValueKind.Array
                ? (long?)res.GetArrayLength() : null, row["resources"]);
            foreach (var column in indicatorColumns)
            {
                var values = json.TryGetProperty(column, out var set)
                    ? set.EnumerateArray().Select(v => v.GetString()).ToList()
                    : null;
                var actual = row[column] is System.Collections.IEnumerable list
                    ? list.Cast<object?>().Select(v => (string?)v).ToList()
                    : null;
                Assert.Equal(values, actual);
            }
        }
    }

    [SkippableFact]
    public async Task Real_cloudtrail_files_land_in_the_hour_of_each_event()
    {
        var input = await File.ReadAllBytesAsync(
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"));
        using var lake = new TempLake();
        Dictionary<string, JsonElement> expected;
        await using (var writer = new ParquetLakeWriter(lake.Layout,
            new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) }))
        {
            expected = await LakeRun.WriteAsync(writer, input, BuiltInLogTypes.CreateRegistry());
        }

        var hours = expected.Values
            .Select(e => DateTime.Parse(e.GetProperty("p_event_time").GetString()!, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal))
            .Select(t => "logs/aws_cloudtrail/" + LakeLayout.GetPartitionPath(t))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var folders = lake.Files().Select(f => f[..f.LastIndexOf('/')]).Order(StringComparer.Ordinal);

        Assert.Equal(hours, folders);
        Assert.Empty(lake.Files("*.tmp"));
    }

    [SkippableFact]
    public async Task Real_cloudtrail_matches_read_back_from_the_rule_matches_schema()
    {
        var input = await File.ReadAllBytesAsync(
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"));
        using var lake = new TempLake();
        var matched = new List<string>();
        await using (var writer = new ParquetLakeWriter(lake.Layout,
            new ParquetLakeWriterOptions { TimeProvider = new ManualTimeProvider(Now) }))
        {
            await LakeRun.WriteAsync(writer, input, BuiltInLogTypes.CreateRegistry(), batchSize: 64, rule: evt =>
            {
                if (evt.Root["readOnly"].TryGetBoolean(out var readOnly) && readOnly)
                {
                    return null;
                }

                matched.Add(evt.GetRowId());
                return new RuleMatchInfo
                {
                    RuleId = "AWS.CloudTrail.Write",
                    AlertId = "alert-" + evt.Root["eventSource"].GetString(),
                    AlertCreationTime = Now.UtcDateTime,
                    AlertUpdateTime = Now.UtcDateTime,
                    Tags = ["aws"],
                };
            });
        }

        using var query = new LakeQuery(lake.Layout);
        var rows = query.Execute("""
            SELECT m.p_row_id, m.p_rule_id, m.p_alert_id, m.eventSource, m.eventName, l.eventName AS log_event_name,
                epoch_ms(m.p_alert_creation_time) AS created_ms, m.p_rule_tags
            FROM rule_matches.aws_cloudtrail m JOIN aws_cloudtrail l USING (p_row_id)
            """).Rows;

        Assert.True(matched.Count > 10);
        Assert.Equal(matched.Order(StringComparer.Ordinal), rows.Select(r => (string)r["p_row_id"]!)
            .Order(StringComparer.Ordinal));
        Assert.All(rows, row =>
        {
            Assert.Equal("AWS.CloudTrail.Write", row["p_rule_id"]);
            Assert.Equal("alert-" + row["eventSource"], row["p_alert_id"]);
            Assert.Equal(row["log_event_name"], row["eventName"]);
            Assert.Equal(Now.ToUnixTimeMilliseconds(), row["created_ms"]);
            Assert.Equal(["aws"], ((System.Collections.IEnumerable)row["p_rule_tags"]!).Cast<string>());
        });
        Assert.Equal([], query.RuleErrorTables);
    }

    private static string? Path(JsonElement json, params string[] names)
    {
        foreach (var name in names)
        {
            if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty(name, out json))
            {
                return null;
            }
        }

        return json.ValueKind == JsonValueKind.Null ? null : json.GetString();
    }

    private static void AssertSameJson(JsonElement json, string name, string? actual)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        using var document = JsonDocument.Parse(actual);
        Assert.True(JsonElement.DeepEquals(value, document.RootElement), $"{value} is not {actual}");
    }
}
