using System.IO.Compression;
using System.Text.Json;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

public class JsonLinesLakeWriterTests
{
    [Fact]
    public async Task Events_rule_matches_and_alerts_are_gzip_json_lines_in_the_lake_partitions()
    {
        using var lake = new TempLake();
        Dictionary<string, JsonElement> expected;
        var writer = new JsonLinesLakeWriter(new LocalLakeObjectStore(lake.Root),
            new JsonLinesLakeWriterOptions { MaxBufferBytes = 1024 });
        await using (writer)
        {
            expected = await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(),
                rule: RuleMatchLakeTests.Rule);
            await writer.WriteAlertsAsync([Query.LakeQueryTests.Alert()]);
        }

        var logs = Lines(lake, "logs/test_nested/");
        var matches = Lines(lake, "rule_matches/test_nested/");
        var alerts = Lines(lake, "alerts/alerts/");

        Assert.Equal(expected.Count, logs.Count);
        foreach (var line in logs)
        {
            var json = JsonDocument.Parse(line).RootElement;
            var want = System.Text.Json.Nodes.JsonNode.Parse(expected[json.GetProperty("p_row_id").GetString()!]
                .GetRawText());
            Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(want, System.Text.Json.Nodes.JsonNode.Parse(line)),
                line);
        }

        Assert.NotEmpty(matches);
        Assert.All(matches, line => Assert.Equal("Test.Rule",
            JsonDocument.Parse(line).RootElement.GetProperty("p_rule_id").GetString()));
        var alert = JsonDocument.Parse(Assert.Single(alerts)).RootElement;
        Assert.Equal("Test.Rule", alert.GetProperty("rule_id").GetString());
        Assert.Equal("2026-12-03T15:00:00.000Z", alert.GetProperty("update_time").GetString());
        Assert.Contains(matches, line => JsonDocument.Parse(line).RootElement.GetProperty("p_alert_context")
            .ValueKind == JsonValueKind.Object);
        Assert.True(lake.Files("*.json.gz").Count > 3, "a 1 KiB buffer should have made several files");
        Assert.Empty(lake.Files("*.parquet"));
        Assert.All(lake.Files("*.json.gz"), f => Assert.Matches(
            @"^(logs|rule_matches|rule_errors|alerts)/[a-z_]+/year=\d{4}/month=\d\d/day=\d\d/hour=\d\d/"
            + @"\d{8}T\d{6}Z-[0-9a-f]{32}\.json\.gz$", f));
    }

    private static List<string> Lines(TempLake lake, string prefix) =>
        [.. lake.Files("*.json.gz").Where(f => f.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(f =>
            {
                using var gzip = new GZipStream(File.OpenRead(Path.Combine(lake.Root, f)),
                    CompressionMode.Decompress);
                using var reader = new StreamReader(gzip);
                return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            })];
}
