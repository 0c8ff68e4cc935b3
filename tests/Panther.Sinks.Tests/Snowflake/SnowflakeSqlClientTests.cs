using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Panther.Sinks.Snowflake;

namespace Panther.Sinks.Tests.Snowflake;

public sealed class SnowflakeSqlClientTests : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task A_statement_is_sent_with_a_verified_token_typed_bindings_and_session_settings()
    {
        using var server = Server(_ => (200, SnowflakeTestServer.Result(["n", "name"], ["1", "alice"], ["2", null])));

        var result = await Client(server).ExecuteAsync("SELECT ? AS n, ? AS name, ?, ?", ["alice", 42L, true, 1.5]);

        Assert.Equal(["n", "name"], result.Columns);
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal("alice", result.Get(result.Rows[0], "NAME"));
        Assert.Null(result.Rows[1][1]);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("/api/v2/statements?requestId=", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(request.Query("retry"));
        var body = request.Body!.Value;
        Assert.Equal("SELECT ? AS n, ? AS name, ?, ?", body.GetProperty("statement").GetString());
        Assert.Equal("LOAD_WH", body.GetProperty("warehouse").GetString());
        Assert.Equal("PANTHER_LOADER", body.GetProperty("role").GetString());
        Assert.Equal(600, body.GetProperty("timeout").GetInt32());
        var bindings = body.GetProperty("bindings");
        Assert.Equal(("TEXT", "alice"), Binding(bindings, "1"));
        Assert.Equal(("FIXED", "42"), Binding(bindings, "2"));
        Assert.Equal(("BOOLEAN", "true"), Binding(bindings, "3"));
        Assert.Equal(("REAL", "1.5"), Binding(bindings, "4"));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_with_the_same_request_id()
    {
        var calls = 0;
        using var server = Server(_ => Interlocked.Increment(ref calls) switch
        {
            1 => (503, "{}"),
            2 => (429, "{}"),
            _ => (200, SnowflakeTestServer.Result(["status"], ["ok"])),
        });

        var result = await Client(server).ExecuteAsync("CREATE TABLE t (a INT)");

        Assert.Equal("ok", result.Rows[0][0]);
        var requests = server.Requests.ToList();
        Assert.Equal(3, requests.Count);
        Assert.Single(requests.Select(r => r.RequestId).Distinct());
        Assert.Equal([null, "true", "true"], requests.Select(r => r.Query("retry")));
    }

    [Fact]
    public async Task A_long_statement_is_polled_until_it_ends()
    {
        using var server = Server(request => request.Method == "POST"
            ? (202, """{"code":"333334","message":"Asynchronous execution in progress.","statementHandle":"h-1"}""")
            : (200, SnowflakeTestServer.Result(["rows_loaded"], ["7"])));

        var result = await Client(server).ExecuteAsync("COPY INTO t FROM @s");

        Assert.Equal("7", result.Rows[0][0]);
        var poll = server.Requests.Last();
        Assert.Equal("GET", poll.Method);
        Assert.Equal("/api/v2/statements/h-1", poll.PathAndQuery);
    }

    [Fact]
    public async Task Every_partition_of_a_result_is_read()
    {
        using var server = Server(request => request.Query("partition") == "1"
            ? (200, """{"data":[["3"],["4"]]}""")
            : (200, """
                {"resultSetMetaData":{"rowType":[{"name":"n"}],"partitionInfo":[{"rowCount":2},{"rowCount":2}]},
                 "data":[["1"],["2"]],"statementHandle":"h-2"}
                """));

        var result = await Client(server).ExecuteAsync("SELECT n FROM big");

        Assert.Equal(["1", "2", "3", "4"], result.Rows.Select(r => r[0]));
        Assert.Equal("/api/v2/statements/h-2?partition=1", server.Requests.Last().PathAndQuery);
    }

    [Fact]
    public async Task A_refused_statement_raises_snowflakes_code_and_message_without_retrying()
    {
        using var server = Server(_ => (422, SnowflakeTestServer.Error("002003", "42S02",
            "SQL compilation error: Table 'X' does not exist or not authorized.")));

        var error = await Assert.ThrowsAsync<SnowflakeException>(() => Client(server).ExecuteAsync("SELECT * FROM x"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("002003", error.Code);
        Assert.Equal("42S02", error.SqlState);
        Assert.Equal("Snowflake answered 422: SQL compilation error: Table 'X' does not exist or not authorized.",
            error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused_by_the_server()
    {
        using var server = Server(_ => (200, SnowflakeTestServer.Result(["a"], ["1"])));
        using var other = RSA.Create(2048);
        var options = Options(server);
        options.PrivateKey = other;

        var error = await Assert.ThrowsAsync<SnowflakeException>(
            () => new SnowflakeSqlClient(_http, options).ExecuteAsync("SELECT 1"));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("390144", error.Code);
        Assert.DoesNotContain("PRIVATE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_account_is_reported_after_the_retries()
    {
        var options = new SnowflakeConnectionOptions
        {
            Account = "xy12345",
            User = "loader",
            PrivateKey = _key,
            AccountUrl = new Uri($"http://127.0.0.1:{Storage.S3ServerFixture.FreePort()}/"),
            MaxRetryAttempts = 1,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        };

        var error = await Assert.ThrowsAsync<SnowflakeException>(
            () => new SnowflakeSqlClient(_http, options).ExecuteAsync("SELECT 1"));

        Assert.StartsWith("Snowflake could not be reached:", error.Message, StringComparison.Ordinal);
    }

    private SnowflakeTestServer Server(Func<SnowflakeRequest, (int, string)> script) =>
        new(_key, "XY12345", "LOADER", script);

    private SnowflakeSqlClient Client(SnowflakeTestServer server) => new(_http, Options(server));

    private SnowflakeConnectionOptions Options(SnowflakeTestServer server) => new()
    {
        Account = "xy12345.us-east-2.aws",
        User = "loader",
        PrivateKey = _key,
        AccountUrl = server.BaseUrl,
        Warehouse = "LOAD_WH",
        Role = "PANTHER_LOADER",
        RetryDelay = TimeSpan.FromMilliseconds(10),
        PollInterval = TimeSpan.FromMilliseconds(10),
    };

    private static (string?, string?) Binding(JsonElement bindings, string number)
    {
        var binding = bindings.GetProperty(number);
        return (binding.GetProperty("type").GetString(), binding.GetProperty("value").GetString());
    }
}
