using Amazon.S3.Model;
using Panther.Sinks.Tests.Storage;
using Panther.Tests.Shared;

namespace Panther.Cli.Tests.Commands;

public sealed class RunToS3CommandTests(S3ServerFixture server) : IClassFixture<S3ServerFixture>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-s3-");

    public void Dispose() => _folder.Delete(recursive: true);

    [SkippableFact]
    public async Task Events_matches_and_alerts_go_to_s3_and_the_quarantine_and_state_to_the_work_folder()
    {
        server.SkipIfUnavailable();
        var work = Path.Combine(_folder.FullName, "work");

        var run = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake", "s3://panther-lake/cli/lake",
            "--s3-endpoint", server.ServiceUrl.ToString(), "--work", work,
            "--rules", TestCorpus.SamplesPath("rules", "aws"),
            TestCorpus.SamplesPath("logs", "cloudtrail")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Parquet files under s3://panther-lake/cli/lake/", run.Stderr, StringComparison.Ordinal);
        using var client = server.CreateClient();
        var listed = await client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = S3ServerFixture.Bucket,
            Prefix = "cli/lake/",
        });
        var keys = (listed.S3Objects ?? []).Select(o => o.Key).ToList();
        Assert.Contains(keys, k => k.StartsWith("cli/lake/logs/aws_cloudtrail/year=", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("cli/lake/rule_matches/", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("cli/lake/alerts/alerts/year=", StringComparison.Ordinal));
        Assert.All(keys, k => Assert.EndsWith(".parquet", k, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(work, "state", "alerts.json")));
        Assert.Single(Directory.GetFiles(Path.Combine(work, "quarantine"), "*.jsonl"));
        Assert.DoesNotContain(keys, k => k.Contains("quarantine", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Files_that_cannot_be_uploaded_are_kept_in_the_work_folder_and_the_next_run_uploads_them()
    {
        server.SkipIfUnavailable();
        var work = Path.Combine(_folder.FullName, "work");
        var unreachable = $"http://127.0.0.1:{S3ServerFixture.FreePort()}";

        var failed = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake", "s3://panther-lake/kept",
            "--s3-endpoint", unreachable, "--work", work, TestCorpus.SamplesPath("logs", "okta")));
        var kept = Directory.GetFiles(Path.Combine(work, "undelivered"), "*.parquet", SearchOption.AllDirectories);
        var retried = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake", "s3://panther-lake/kept",
            "--s3-endpoint", server.ServiceUrl.ToString(), "--work", work, TestCorpus.SamplesPath("logs", "osquery")));

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("Cannot upload s3://panther-lake/kept/logs/okta_systemlog/year=", failed.Stderr,
            StringComparison.Ordinal);
        Assert.Contains($"file(s) kept in {Path.Combine(work, "undelivered")}", failed.Stderr,
            StringComparison.Ordinal);
        Assert.NotEmpty(kept);
        Assert.Contains($"lake: {kept.Length} file(s) kept by earlier runs uploaded", retried.Stderr,
            StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(work, "undelivered"), "*", SearchOption.AllDirectories));
        using var client = server.CreateClient();
        var listed = await client.ListObjectsV2Async(new ListObjectsV2Request
        {
            BucketName = S3ServerFixture.Bucket,
            Prefix = "kept/logs/",
        });
        var keys = (listed.S3Objects ?? []).Select(o => o.Key).ToList();
        var keptKeys = kept.Select(path =>
            "kept/" + Path.GetRelativePath(Path.Combine(work, "undelivered"), path).Replace('\\', '/'));
        Assert.All(keptKeys, key => Assert.Contains(key, keys));
        Assert.Contains(keys, k => k.StartsWith("kept/logs/osquery_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("s3://")]
    [InlineData("s3:///prefix")]
    [InlineData("s3://bucket/../up")]
    public async Task An_s3_location_without_a_valid_bucket_or_prefix_is_a_usage_error(string lake)
    {
        var run = await CliRun.RunAsync("run", "--lake", lake, "--work", _folder.FullName,
            TestCorpus.SamplesPath("logs", "okta"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a valid S3 location", run.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_lookup_table_in_s3_enriches_events_of_a_local_lake()
    {
        server.SkipIfUnavailable();
        using var client = server.CreateClient();
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = S3ServerFixture.Bucket,
            Key = "cli-lookups/users.csv",
            FilePath = TestCorpus.SamplesPath("context", "users.csv"),
            UseChunkEncoding = false,
        });
        var lookups = Path.Combine(_folder.FullName, "lookups.yml");
        await File.WriteAllTextAsync(lookups, """
            lookups:
              - name: employees
                file: s3://panther-lake/cli-lookups/users.csv
                key: user_name
                match:
                  AWS.CloudTrail: [userIdentity.userName]
            """);
        var lake = Path.Combine(_folder.FullName, "lake");

        var run = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake", lake,
            "--s3-endpoint", server.ServiceUrl.ToString(), "--lookups", lookups,
            TestCorpus.SamplesPath("logs", "cloudtrail")));
        var query = await CliRun.RunAsync("query", "--lake", lake, "--format", "csv",
            "SELECT count(*) FROM aws_cloudtrail WHERE p_enrichment IS NOT NULL");

        Assert.Equal(1, run.ExitCode);
        var enriched = query.OutputLines[1];
        Assert.NotEqual("0", enriched);
        Assert.Contains($"enrichment: {enriched} events matched lookup tables", run.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Objects_under_an_s3_prefix_are_read_as_inputs_like_the_same_files()
    {
        server.SkipIfUnavailable();
        using var client = server.CreateClient();
        var folder = TestCorpus.SamplesPath("logs", "cloudtrail");
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            await client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = S3ServerFixture.Bucket,
                Key = "inputs/AWSLogs/" + Path.GetFileName(file),
                FilePath = file,
                UseChunkEncoding = false,
            });
        }

        var fromS3 = Path.Combine(_folder.FullName, "from-s3");
        var fromFiles = Path.Combine(_folder.FullName, "from-files");

        var s3 = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake", fromS3, "--s3-endpoint",
            server.ServiceUrl.ToString(), "s3://panther-lake/inputs/AWSLogs/"));
        var local = await CliRun.RunAsync("run", "--lake", fromFiles, folder);
        const string Sql = "SELECT eventName, count(*) AS n FROM aws_cloudtrail GROUP BY 1 ORDER BY 1";
        var s3Rows = await CliRun.RunAsync("query", "--lake", fromS3, "--format", "csv", Sql);
        var localRows = await CliRun.RunAsync("query", "--lake", fromFiles, "--format", "csv", Sql);

        Assert.Equal(local.ExitCode, s3.ExitCode);
        Assert.Contains($"from {files.Count} inputs", s3.Stderr, StringComparison.Ordinal);
        Assert.True(localRows.OutputLines.Length > 2);
        Assert.Equal(localRows.OutputLines, s3Rows.OutputLines);
    }

    [Fact]
    public async Task An_s3_input_that_cannot_be_listed_is_a_usage_error_naming_it()
    {
        var unreachable = $"http://127.0.0.1:{S3ServerFixture.FreePort()}";

        var run = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake",
            Path.Combine(_folder.FullName, "lake"), "--s3-endpoint", unreachable, "s3://panther-lake/nothing/"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("panther: s3://panther-lake/nothing/: cannot list the objects:", run.ErrorLines[0],
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s3://")]
    [InlineData("s3:///key")]
    public async Task An_s3_input_without_a_bucket_is_a_usage_error_naming_it(string location)
    {
        var run = await CliRun.RunAsync("run", "--lake", Path.Combine(_folder.FullName, "lake"), location);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"panther: '{location}' is not an S3 location: use s3://BUCKET or s3://BUCKET/PREFIX.",
            run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_missing_lookup_object_is_a_usage_error_naming_it()
    {
        var lookups = Path.Combine(_folder.FullName, "lookups.yml");
        await File.WriteAllTextAsync(lookups, """
            lookups:
              - name: employees
                file: s3://panther-lake/nowhere/users.csv
                key: user_name
                match:
                  AWS.CloudTrail: [userIdentity.userName]
            """);

        var run = await WithS3CredentialsAsync(() => CliRun.RunAsync("run", "--lake",
            Path.Combine(_folder.FullName, "lake"), "--s3-endpoint", server.ServiceUrl.ToString(),
            "--lookups", lookups, TestCorpus.SamplesPath("logs", "okta")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("panther: lookups: lookup table 'employees': s3://panther-lake/nowhere/users.csv:",
            run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_s3_endpoint_with_a_local_lake_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("run", "--lake", Path.Combine(_folder.FullName, "lake"),
            "--s3-endpoint", "http://127.0.0.1:9", TestCorpus.SamplesPath("logs", "okta"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--s3-endpoint needs an s3:// lake", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The tool reads S3 credentials from the environment, as the AWS SDK does; this sets them to the
    /// test server's for one run and restores them after.</summary>
    private static async Task<CliRun> WithS3CredentialsAsync(Func<Task<CliRun>> run)
    {
        string[] names = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION"];
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        Environment.SetEnvironmentVariable(names[0], S3ServerFixture.AccessKey);
        Environment.SetEnvironmentVariable(names[1], S3ServerFixture.AccessKey);
        Environment.SetEnvironmentVariable(names[2], "us-east-1");
        try
        {
            return await run();
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
