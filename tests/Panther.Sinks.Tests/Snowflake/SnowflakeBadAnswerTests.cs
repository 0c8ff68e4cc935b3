using System.Net;
using System.Security.Cryptography;
using System.Text;
using Panther.Sinks.Snowflake;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Snowflake;

/// <summary>
/// The sink and the loader against answers Snowflake should not give: bodies of the wrong shape, statements that
/// never finish, long <c>Retry-After</c> waits, server errors on every request. A load that fails this way is a
/// failed load, never an exception out of the sink, and never a wait without end. The answers come from a handler
/// inside the <see cref="HttpClient"/>, so the tests need no listener.
/// </summary>
public sealed class SnowflakeBadAnswerTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    private readonly RSA _key = RSA.Create(2048);
    private readonly TempLake _lake = new();

    public void Dispose()
    {
        _key.Dispose();
        _lake.Dispose();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"ok\"")]
    [InlineData("""{"data":[1,2]}""")]
    [InlineData("""{"data":[{"file":"x"}]}""")]
    public async Task A_result_of_the_wrong_shape_is_a_failed_load_and_the_files_stay_pending(string body)
    {
        using var http = Http(_ => Answer(HttpStatusCode.OK, body));
        await using var sink = Sink(http);
        await WriteAsync(sink);

        await sink.FlushAsync();

        Assert.Equal(2, sink.PendingTables.Count);
        Assert.Equal(2, sink.LastLoad!.Failures.Count);
        Assert.Contains("Snowflake answered", sink.LastLoad.Failures[0].Error, StringComparison.Ordinal);
        Assert.Equal(0, sink.FilesLoaded);
    }

    [Fact]
    public async Task A_statement_that_never_finishes_fails_after_twice_its_timeout()
    {
        var requests = 0;
        using var http = Http(_ =>
        {
            Interlocked.Increment(ref requests);
            return Answer(HttpStatusCode.Accepted, """{"statementHandle":"h-1"}""");
        });
        await using var sink = Sink(http, options =>
        {
            options.StatementTimeout = TimeSpan.FromMilliseconds(200);
            options.PollInterval = TimeSpan.FromMilliseconds(20);
        });
        await WriteAsync(sink);

        await sink.FlushAsync();

        var failure = sink.LastLoad!.Failures[0];
        Assert.Contains("still running the statement", failure.Error, StringComparison.Ordinal);
        Assert.Equal(2, sink.PendingTables.Count);
        Assert.InRange(requests, 2, 100);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_longest_retry_wait_is_cut_to_it()
    {
        var requests = 0;
        using var http = Http(_ =>
        {
            Interlocked.Increment(ref requests);
            var answer = Answer(HttpStatusCode.TooManyRequests, """{"message":"slow down"}""");
            answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromDays(1));
            return answer;
        });
        await using var sink = Sink(http, options => options.MaxRetryDelay = TimeSpan.FromMilliseconds(20));
        await WriteAsync(sink);

        await sink.FlushAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(5, requests);
        Assert.StartsWith("Snowflake answered 429", sink.LastLoad!.Failures[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("not tried: Snowflake answered 429", sink.LastLoad.Failures[1].Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_errors_after_the_retries_stop_the_load_instead_of_retrying_every_table()
    {
        var requests = 0;
        using var http = Http(_ =>
        {
            Interlocked.Increment(ref requests);
            return Answer(HttpStatusCode.ServiceUnavailable, "<html>down for maintenance</html>");
        });
        await using var sink = Sink(http);
        await WriteAsync(sink);

        await sink.FlushAsync();

        Assert.Equal(5, requests);
        Assert.Contains("not JSON: <html>down", sink.LastLoad!.Failures[0].Error, StringComparison.Ordinal);
        Assert.StartsWith("not tried: ", sink.LastLoad.Failures[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_rows_that_say_loaded_count_and_never_more_than_the_files_named()
    {
        using var http = Http(_ => Answer(HttpStatusCode.OK, SnowflakeTestServer.Result(
            ["file", "status", "rows_parsed", "rows_loaded"],
            ["s3://lake/a.parquet", "LOADED", "5", "5"],
            ["s3://lake/b.parquet", "LOAD_FAILED", "5", "0"],
            ["s3://lake/c.parquet", "LOADED", "5", "5"],
            ["s3://lake/d.parquet", "LOADED", "5", "5"],
            ["s3://lake/e.parquet", "LOADED", "5", "5"])));
        await using var sink = Sink(http);
        await WriteAsync(sink);

        await sink.FlushAsync();

        Assert.Empty(sink.PendingTables);
        Assert.Equal(6, sink.FilesLoaded);
        Assert.Equal(30, sink.RowsLoaded);
    }

    [Fact]
    public async Task A_table_that_keeps_failing_falls_back_to_its_whole_folder_past_the_file_limit()
    {
        var statements = new List<string>();
        using var http = Http(request =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            lock (statements)
            {
                statements.Add(body);
            }

            return Answer(HttpStatusCode.UnprocessableEntity, """{"message":"Table does not exist"}""");
        });
        await using var sink = new SnowflakeLakeSink(new LocalLakeObjectStore(_lake.Root), Loader(http),
            WriterOptions()) { MaxPendingFiles = 4 };

        await WriteAsync(sink);
        await sink.FlushAsync();
        var named = sink.PendingTables.Select(t => t.Files.Count).ToList();
        await WriteAsync(sink);
        await sink.FlushAsync();

        Assert.Equal([3, 3], named);
        Assert.All(sink.PendingTables, t => Assert.Empty(t.Files));
        Assert.Contains("PATTERN", statements[^1], StringComparison.Ordinal);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpClient Http(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        new(new ScriptedHandler(answer));

    private static ParquetLakeWriterOptions WriterOptions() =>
        new() { TimeProvider = new ManualTimeProvider(Now), MaxBufferAge = TimeSpan.FromDays(1) };

    private static async Task WriteAsync(SnowflakeLakeSink sink) =>
        await LakeRun.WriteAsync(sink, NestedLogType.Events, NestedLogType.CreateRegistry(), rule: _ =>
            new RuleMatchInfo { RuleId = "Test.Snowflake" });

    private SnowflakeLakeSink Sink(HttpClient http, Action<SnowflakeConnectionOptions>? configure = null) =>
        new(new LocalLakeObjectStore(_lake.Root), Loader(http, configure), WriterOptions());

    private SnowflakeLakeLoader Loader(HttpClient http, Action<SnowflakeConnectionOptions>? configure = null)
    {
        var options = new SnowflakeConnectionOptions
        {
            Account = "acme-lake",
            User = "loader",
            PrivateKey = _key,
            AccountUrl = new Uri("http://127.0.0.1:9/"),
            RetryDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return new SnowflakeLakeLoader(new SnowflakeSqlClient(http, options), new SnowflakeDdlOptions());
    }

    private sealed class ScriptedHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
            CancellationToken cancellationToken) => Task.FromResult(answer(request));
    }
}
