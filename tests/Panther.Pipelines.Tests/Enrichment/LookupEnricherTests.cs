using System.Text;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Enrichment;
using Panther.Tests.Shared;

namespace Panther.Pipelines.Tests.Enrichment;

public sealed class LookupEnricherTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-lookups-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_matching_field_gets_its_row_under_the_table_and_path_and_a_miss_gets_nothing()
    {
        using var enricher = new LookupEnricher([Users(WriteCsv())]);
        var batch = Parse(Line("alice"), Line("nobody"), Line("ALICE"));

        enricher.Enrich(batch);

        using var first = JsonDocument.Parse(batch[0].EnrichmentJson.ToArray());
        var row = first.RootElement.GetProperty("users").GetProperty("userIdentity.userName");
        Assert.Equal("Finance", row.GetProperty("department").GetString());
        Assert.Equal("alice", row.GetProperty("user_name").GetString());
        Assert.True(batch[1].EnrichmentJson.IsEmpty);
        Assert.False(batch[2].EnrichmentJson.IsEmpty);
        Assert.Equal(2, enricher.EnrichedEvents);
    }

    [Fact]
    public void The_enrichment_is_part_of_the_event_json_that_rules_and_sinks_see()
    {
        using var enricher = new LookupEnricher([Users(WriteCsv())]);
        var batch = Parse(Line("bob"));

        enricher.Enrich(batch);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            batch[0].WriteTo(writer);
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        Assert.Equal("Platform", json.RootElement.GetProperty("p_enrichment").GetProperty("users")
            .GetProperty("userIdentity.userName").GetProperty("department").GetString());
    }

    [Fact]
    public void Every_element_of_an_array_field_is_looked_up_and_the_rows_found_are_listed()
    {
        var path = Path.Combine(_folder.FullName, "bad-ips.jsonl");
        File.WriteAllText(path, """
            {"ip":"203.0.113.9","list":"tor-exit"}

            {"ip":"198.51.100.7","list":"scanner"}
            """);
        using var enricher = new LookupEnricher([new LookupTableDefinition
        {
            Name = "bad_ips",
            Path = path,
            KeyField = "ip",
            Match = new Dictionary<string, IReadOnlyList<string>> { ["AWS.CloudTrail"] = ["p_any_unused", "tags"] },
        }]);
        var batch = Parse(Line("carol", ""","tags":["10.0.0.1","198.51.100.7","203.0.113.9"]"""));

        enricher.Enrich(batch);

        using var json = JsonDocument.Parse(batch[0].EnrichmentJson.ToArray());
        var rows = json.RootElement.GetProperty("bad_ips").GetProperty("tags");
        Assert.Equal(["scanner", "tor-exit"], rows.EnumerateArray().Select(r => r.GetProperty("list").GetString()));
    }

    [Fact]
    public void A_changed_file_is_read_again_and_a_broken_one_keeps_the_old_rows()
    {
        var path = WriteCsv();
        var clock = new ManualClock();
        using var enricher = new LookupEnricher([Users(path)], clock) { ReloadInterval = TimeSpan.FromSeconds(30) };

        File.WriteAllText(path, "user_name,department\nalice,Legal\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var early = Parse(Line("alice"));
        enricher.Enrich(early);
        clock.Advance(TimeSpan.FromSeconds(31));
        var late = Parse(Line("alice"));
        enricher.Enrich(late);
        File.WriteAllText(path, "department\nLegal\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(2));
        clock.Advance(TimeSpan.FromSeconds(31));
        var broken = Parse(Line("alice"));
        enricher.Enrich(broken);

        Assert.Contains("\"Finance\"", Encoding.UTF8.GetString(early[0].EnrichmentJson), StringComparison.Ordinal);
        Assert.Contains("\"Legal\"", Encoding.UTF8.GetString(late[0].EnrichmentJson), StringComparison.Ordinal);
        Assert.Contains("\"Legal\"", Encoding.UTF8.GetString(broken[0].EnrichmentJson), StringComparison.Ordinal);
        Assert.Contains("has no column 'user_name'", Assert.Single(enricher.ReloadErrors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_miss_allocates_nothing()
    {
        using var enricher = new LookupEnricher([Users(WriteCsv())]);
        var batch = Parse(Line("nobody"));
        enricher.Enrich(batch[0]);

        Assert.Equal(0, Allocations.Measure(() => enricher.Enrich(batch[0]), 100));
    }

    [Fact]
    public void A_hit_allocates_nothing_once_the_buffers_have_grown()
    {
        using var enricher = new LookupEnricher([Users(WriteCsv())]);
        var batch = Parse(Line("alice"));
        enricher.Enrich(batch[0]);

        Assert.Equal(0, Allocations.Measure(() => enricher.Enrich(batch[0]), 100));
    }

    [Theory]
    [InlineData("users.csv", "name,department\nalice,Finance\n", "has no column 'user_name'")]
    [InlineData("users.csv", "user_name,department\nalice,Finance,extra\n",
        "row 1 after the header: 3 values for 2 columns")]
    [InlineData("users.jsonl", "{\"user_name\":\"alice\"}\n[1,2]\n", "line 2: a row must be a JSON object")]
    [InlineData("users.jsonl", "{\"user_name\":\n", "line 1: not valid JSON")]
    [InlineData("users.txt", "user_name\nalice\n", "must be a .csv or a .jsonl")]
    [InlineData("users.csv", "", "the file is empty; a CSV lookup table starts with a header row")]
    [InlineData("users.csv", "\uFEFF", "the file is empty; a CSV lookup table starts with a header row")]
    [InlineData("users.csv", "user_name,department,department\nalice,A,B\n",
        "the header names the column 'department' twice")]
    public void A_bad_table_file_is_refused_with_the_table_file_and_line(string name, string content, string reason)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);

        var error = Assert.Throws<InvalidDataException>(() => new LookupEnricher([Users(path)]));

        Assert.StartsWith("lookup table 'users': ", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_csv_row_longer_than_the_limit_is_refused_with_its_row(bool inHeader)
    {
        var path = Path.Combine(_folder.FullName, "users.csv");
        var huge = new string('x', LookupTable.MaxCsvRowChars + 10);
        File.WriteAllText(path, inHeader
            ? $"user_name,{huge}\nalice,a\n"
            : $"user_name,department\nalice,Finance\nbob,{huge}\n");

        var error = Assert.Throws<InvalidDataException>(() => new LookupEnricher([Users(path)]));

        Assert.Contains(inHeader ? "the header row is longer than" : "row 2 after the header is longer than",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_an_io_error_naming_the_table()
    {
        var missing = Path.Combine(_folder.FullName, "missing.csv");
        var folder = Directory.CreateDirectory(Path.Combine(_folder.FullName, "folder.csv")).FullName;

        var notThere = Assert.Throws<IOException>(() => new LookupEnricher([Users(missing)]));
        var notFile = Assert.Throws<IOException>(() => new LookupEnricher([Users(folder)]));

        Assert.StartsWith("lookup table 'users': ", notThere.Message, StringComparison.Ordinal);
        Assert.Contains(missing, notThere.Message, StringComparison.Ordinal);
        Assert.Equal($"lookup table 'users': {folder} is a folder, not a file.", notFile.Message);
    }

    [Theory]
    [InlineData("s3://bucket-only.csv", "is not an S3 object: use s3://BUCKET/KEY")]
    [InlineData("s3:///key.csv", "is not an S3 object: use s3://BUCKET/KEY")]
    [InlineData("s3://bucket/key.txt", "must be a .csv or a .jsonl")]
    public void A_bad_s3_location_is_refused_before_any_request(string location, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => new LookupEnricher([Users(location)]));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("a..b")]
    [InlineData("userIdentity.")]
    public void A_field_path_with_an_empty_step_is_refused(string fieldPath)
    {
        var definition = Users(WriteCsv());
        var broken = new LookupTableDefinition
        {
            Name = definition.Name,
            Path = definition.Path,
            KeyField = definition.KeyField,
            Match = new Dictionary<string, IReadOnlyList<string>> { ["AWS.CloudTrail"] = [fieldPath] },
        };

        var error = Assert.Throws<InvalidDataException>(() => new LookupEnricher([broken]));

        Assert.Equal($"lookup table 'users': the field path '{fieldPath}' of AWS.CloudTrail is not valid.",
            error.Message);
    }

    [Fact]
    public void Rows_without_a_key_and_repeated_keys_are_skipped_and_counted()
    {
        var path = Path.Combine(_folder.FullName, "users.csv");
        File.WriteAllText(path, "user_name,department\nalice,Finance\n,Nobody\nalice,Legal\n");

        var table = LookupTable.Load("users", path, "user_name");

        Assert.Equal((1, 1, 1), (table.Count, table.SkippedRows, table.DuplicateKeys));
        Assert.True(table.TryGetRow("Alice", out var row));
        Assert.Contains("Finance", Encoding.UTF8.GetString(row), StringComparison.Ordinal);
    }

    private string WriteCsv()
    {
        var path = Path.Combine(_folder.FullName, "users.csv");
        File.WriteAllText(path, "user_name,department,manager\nalice,Finance,erin\nbob,Platform,frank\n");
        return path;
    }

    private static LookupTableDefinition Users(string path) => new()
    {
        Name = "users",
        Path = path,
        KeyField = "user_name",
        Match = new Dictionary<string, IReadOnlyList<string>> { ["AWS.CloudTrail"] = ["userIdentity.userName"] },
    };

    private static EventBatch Parse(params string[] lines)
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        for (var i = 0; i < lines.Length; i++)
        {
            parser.Parse(Encoding.UTF8.GetBytes(lines[i]), new LogSource("test.jsonl"),
                new RecordPosition(i + 1, i + 1, 0), batch);
        }

        Assert.Equal(lines.Length, batch.Count);
        return batch;
    }

    private static string Line(string user, string extra = "") =>
        "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-12-03T15:04:05Z\",\"eventSource\":\"iam.amazonaws.com\","
        + "\"eventName\":\"CreateUser\",\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsApiCall\","
        + $"\"userIdentity\":{{\"type\":\"IAMUser\",\"userName\":\"{user}\"}}{extra}}}";

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
