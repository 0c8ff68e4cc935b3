using System.Text;
using System.Text.Json;
using Amazon.S3.Model;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Pipelines.Enrichment;
using Panther.Sinks.Tests.Storage;

namespace Panther.Pipelines.Tests.Enrichment;

public sealed class S3LookupTableTests(S3ServerFixture server) : IClassFixture<S3ServerFixture>
{
    private readonly string _prefix = "lookups-" + Guid.NewGuid().ToString("N");

    [SkippableFact]
    public async Task A_table_in_s3_enriches_events_and_is_read_again_when_the_object_changes()
    {
        server.SkipIfUnavailable();
        using var client = server.CreateClient();
        var location = await PutAsync(client, "users.csv", "user_name,department\nalice,Finance\n");
        var clock = new StepClock();
        using var enricher = new LookupEnricher([Users(location)], clock, client);

        var before = Parse(Line("alice"));
        enricher.Enrich(before);
        await PutAsync(client, "users.csv", "user_name,department\nalice,Legal\n");
        clock.Now += TimeSpan.FromMinutes(1);
        var after = Parse(Line("alice"));
        enricher.Enrich(after);

        Assert.Equal("Finance", Department(before[0]));
        Assert.Equal("Legal", Department(after[0]));
        Assert.Equal(1, Assert.Single(enricher.Tables).Count);
        Assert.Empty(enricher.ReloadErrors);
    }

    [SkippableFact]
    public async Task An_object_removed_later_keeps_the_rows_and_reports_why()
    {
        server.SkipIfUnavailable();
        using var client = server.CreateClient();
        var location = await PutAsync(client, "users.csv", "user_name,department\nalice,Finance\n");
        var clock = new StepClock();
        using var enricher = new LookupEnricher([Users(location)], clock, client);

        await client.DeleteObjectAsync(S3ServerFixture.Bucket, $"{_prefix}/users.csv");
        clock.Now += TimeSpan.FromMinutes(1);
        var batch = Parse(Line("alice"));
        enricher.Enrich(batch);

        Assert.Equal("Finance", Department(batch[0]));
        var error = Assert.Single(enricher.ReloadErrors);
        Assert.Contains($"{location}: the object does not exist.", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_missing_object_at_start_is_an_error_naming_it()
    {
        server.SkipIfUnavailable();
        using var client = server.CreateClient();
        var location = $"s3://{S3ServerFixture.Bucket}/{_prefix}/nothing.csv";

        var error = Assert.Throws<IOException>(() => new LookupEnricher([Users(location)], null, client));

        Assert.Equal($"lookup table 'users': {location}: the object does not exist.", error.Message);
    }

    [Theory]
    [InlineData("s3://bucket-only")]
    [InlineData("s3://bucket/")]
    [InlineData("s3:///key.csv")]
    public void An_s3_path_without_bucket_and_key_is_refused(string location)
    {
        using var client = new Amazon.S3.AmazonS3Client(new Amazon.Runtime.AnonymousAWSCredentials(),
            Amazon.RegionEndpoint.USEast1);

        Assert.Throws<ArgumentException>(() => new S3LookupTableSource(client, location));
    }

    private async Task<string> PutAsync(Amazon.S3.AmazonS3Client client, string name, string content)
    {
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = S3ServerFixture.Bucket,
            Key = $"{_prefix}/{name}",
            ContentBody = content,
            UseChunkEncoding = false,
        });
        return $"s3://{S3ServerFixture.Bucket}/{_prefix}/{name}";
    }

    private static LookupTableDefinition Users(string location) => new()
    {
        Name = "users",
        Path = location,
        KeyField = "user_name",
        Match = new Dictionary<string, IReadOnlyList<string>> { ["AWS.CloudTrail"] = ["userIdentity.userName"] },
    };

    private static string? Department(NormalizedEvent evt)
    {
        using var json = JsonDocument.Parse(evt.EnrichmentJson.ToArray());
        return json.RootElement.GetProperty("users").GetProperty("userIdentity.userName").GetProperty("department")
            .GetString();
    }

    private static EventBatch Parse(string line)
    {
        var batch = new EventBatch();
        new LogParser(BuiltInLogTypes.CreateRegistry()).Parse(Encoding.UTF8.GetBytes(line), new LogSource("t.jsonl"),
            new RecordPosition(1, 1, 0), batch);
        Assert.Equal(1, batch.Count);
        return batch;
    }

    private static string Line(string user) =>
        "{\"eventVersion\":\"1.08\",\"eventTime\":\"2026-12-03T15:04:05Z\",\"eventSource\":\"iam.amazonaws.com\","
        + "\"eventName\":\"CreateUser\",\"awsRegion\":\"us-east-1\",\"eventType\":\"AwsApiCall\","
        + $"\"userIdentity\":{{\"type\":\"IAMUser\",\"userName\":\"{user}\"}}}}";

    private sealed class StepClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
