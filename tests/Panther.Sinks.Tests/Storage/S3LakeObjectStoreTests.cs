using System.Security.Cryptography;
using Amazon.Runtime;
using Amazon.S3.Model;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Storage;

public sealed class S3LakeObjectStoreTests(S3ServerFixture server) : IClassFixture<S3ServerFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task A_lake_run_puts_valid_parquet_objects_at_the_keys_of_the_local_layout()
    {
        server.SkipIfUnavailable();
        using var local = new TempLake();
        using var downloaded = new TempLake();
        var prefix = "run-" + Guid.NewGuid().ToString("N");
        using (var store = new S3LakeObjectStore(server.CreateOptions(prefix)))
        {
            await WriteLakeAsync(new ParquetLakeWriter(store, WriterOptions()));
        }

        await WriteLakeAsync(new ParquetLakeWriter(local.Layout, WriterOptions()));

        var keys = await ListKeysAsync(prefix + "/");
        Assert.All(keys, key => Assert.StartsWith(prefix + "/", key, StringComparison.Ordinal));
        var relative = keys.Select(key => key[(prefix.Length + 1)..]).ToList();
        Assert.Equal(Folders(local.Files()), Folders(relative));
        Assert.All(relative, key => Assert.Equal(key, ExpectedKey(key)));
        using var client = server.CreateClient();
        foreach (var key in relative)
        {
            using var response = await client.GetObjectAsync(S3ServerFixture.Bucket, prefix + "/" + key);
            var path = Path.Combine(downloaded.Root, key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await response.WriteResponseStreamToFileAsync(path, append: false, CancellationToken.None);
        }

        using var query = new LakeQuery(downloaded.Layout);
        var rows = query.Execute("SELECT name, count, hour FROM test_nested ORDER BY name").Rows;
        Assert.Equal(["fifth", "first", "fourth", "second", "third"], rows.Select(r => (string?)r["name"]));
        var matches = query.Execute("SELECT p_rule_id, count(*) AS n FROM rule_matches.test_nested GROUP BY 1").Rows;
        Assert.Equal("Test.S3", Assert.Single(matches)["p_rule_id"]);
        Assert.Equal(5L, Convert.ToInt64(matches[0]["n"], System.Globalization.CultureInfo.InvariantCulture));
        var alert = Assert.Single(query.Execute("SELECT alert_id, event_count FROM alerts").Rows);
        Assert.Equal("alert-s3", alert["alert_id"]);
        Assert.Equal(5L, alert["event_count"]);
    }

    [SkippableFact]
    public async Task A_file_above_the_threshold_is_sent_in_parts_and_arrives_whole()
    {
        server.SkipIfUnavailable();
        var options = server.CreateOptions("multipart");
        options.MultipartThreshold = S3LakeObjectStoreOptions.MinPartSize + 1;
        options.PartSize = S3LakeObjectStoreOptions.MinPartSize;
        var content = RandomNumberGenerator.GetBytes((int)(2.5 * S3LakeObjectStoreOptions.MinPartSize));
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, content);
        using var store = new S3LakeObjectStore(options);
        var requests = new List<string>();
        ((Amazon.S3.AmazonS3Client)store.Client).BeforeRequestEvent += (_, e) =>
        {
            lock (requests)
            {
                requests.Add(((WebServiceRequestEventArgs)e).Request.GetType().Name);
            }
        };

        try
        {
            await store.PutFileAsync("logs/big/one.parquet", file);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Contains(nameof(InitiateMultipartUploadRequest), requests);
        Assert.Equal(3, requests.Count(r => r == nameof(UploadPartRequest)));
        Assert.Contains(nameof(CompleteMultipartUploadRequest), requests);
        using var client = server.CreateClient();
        using var response = await client.GetObjectAsync(S3ServerFixture.Bucket, "multipart/logs/big/one.parquet");
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(content), SHA256.HashData(copy.ToArray()));
    }

    [SkippableFact]
    public async Task A_deleted_object_is_gone_and_deleting_a_missing_one_is_not_an_error()
    {
        server.SkipIfUnavailable();
        using var store = new S3LakeObjectStore(server.CreateOptions("deleted"));
        await store.PutAsync("logs/t/one.parquet", new MemoryStream([1, 2, 3]));
        await store.PutAsync("logs/t/two.parquet", new MemoryStream([4]));

        await store.DeleteAsync("logs/t/one.parquet");
        await store.DeleteAsync("logs/t/never.parquet");

        Assert.Equal(["deleted/logs/t/two.parquet"], await ListKeysAsync("deleted/"));
    }

    [SkippableFact]
    public async Task A_cancelled_upload_leaves_no_visible_object()
    {
        server.SkipIfUnavailable();
        var options = server.CreateOptions("cancelled");
        options.MultipartThreshold = S3LakeObjectStoreOptions.MinPartSize + 1;
        options.PartSize = S3LakeObjectStoreOptions.MinPartSize;
        using var store = new S3LakeObjectStore(options);
        using var cancellation = new CancellationTokenSource();
        var bytes = RandomNumberGenerator.GetBytes((int)(3 * S3LakeObjectStoreOptions.MinPartSize));
        using var content = new CancellingStream(bytes, S3LakeObjectStoreOptions.MinPartSize + 4096, cancellation);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.PutAsync("logs/big/cancelled.parquet", content, cancellation.Token));

        Assert.True(content.Position > 0);
        Assert.Empty(await ListKeysAsync("cancelled/"));
    }

    [SkippableFact]
    public async Task A_stopped_server_gives_a_clear_error_without_credentials_and_the_buffer_is_kept()
    {
        server.SkipIfUnavailable();
        const string accessKey = "AKIAPANTHERTESTKEY01";
        const string secret = "panther-test-secret-do-not-print";
        var staging = Path.Combine(Path.GetTempPath(), "panther-s3-staging-" + Guid.NewGuid().ToString("N"));
        var options = server.CreateOptions("stopped");
        options.ServiceUrl = new Uri($"http://127.0.0.1:{S3ServerFixture.FreePort()}");
        options.Credentials = new BasicAWSCredentials(accessKey, secret);
        options.MaxErrorRetry = 1;
        options.StagingDirectory = staging;
        using var store = new S3LakeObjectStore(options);
        var writer = new ParquetLakeWriter(store, WriterOptions());
        await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry());

        var error = await Assert.ThrowsAsync<IOException>(() => writer.FlushAsync().AsTask());

        Assert.Contains("Cannot upload s3://panther-lake/stopped/logs/test_nested/year=", error.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(accessKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(5, writer.RowsBuffered);
        Assert.Equal(0, writer.FilesWritten);
        Assert.Empty(Directory.EnumerateFiles(staging));
        Directory.Delete(staging);
    }

    private static ParquetLakeWriterOptions WriterOptions() =>
        new() { TimeProvider = new ManualTimeProvider(Now), MaxBufferAge = TimeSpan.FromDays(1) };

    private static async Task WriteLakeAsync(ParquetLakeWriter writer)
    {
        await using (writer)
        {
            await LakeRun.WriteAsync(writer, NestedLogType.Events, NestedLogType.CreateRegistry(), rule: _ =>
                new RuleMatchInfo
                {
                    RuleId = "Test.S3",
                    AlertId = "alert-s3",
                    AlertCreationTime = Now.UtcDateTime,
                    AlertUpdateTime = Now.UtcDateTime,
                });
            await writer.WriteAlertsAsync([new LakeAlertRecord
            {
                AlertId = "alert-s3",
                Type = "RULE",
                RuleId = "Test.S3",
                Title = "five events",
                Severity = "LOW",
                Dedup = "s3",
                CreationTime = Now.UtcDateTime,
                UpdateTime = Now.UtcDateTime,
                EventCount = 5,
            }]);
        }
    }

    private static string ExpectedKey(string key)
    {
        var parts = key.Split('/');
        var database = Enum.GetValues<LakeDatabase>().Single(d => LakeLayout.GetDatabaseFolder(d) == parts[0]);
        var hour = DateTime.ParseExact(string.Concat(parts[2..6].Select(p => p[(p.IndexOf('=') + 1)..])),
            "yyyyMMddHH", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        return LakeLayout.GetObjectKey(database, parts[1], hour, parts[6]);
    }

    private static List<string> Folders(IEnumerable<string> keys) =>
        [.. keys.Select(k => k[..k.LastIndexOf('/')]).Order(StringComparer.Ordinal)];

    private async Task<List<string>> ListKeysAsync(string prefix)
    {
        using var client = server.CreateClient();
        var response = await client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = S3ServerFixture.Bucket,
            Prefix = prefix,
        });
        return [.. (response.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
    }
}
