using System.Security.Cryptography;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Sinks.Layout;
using Panther.Sinks.Snowflake;

namespace Panther.Sinks.Tests.Snowflake;

public sealed class SnowflakeLakeLoaderTests : IDisposable
{
    private static readonly LogSchema Proxy = new("Custom.Proxy") { Fields = [Field.String("url")] };

    private readonly RSA _key = RSA.Create(2048);
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task Each_table_is_copied_from_its_stage_folder_and_the_loaded_files_are_counted()
    {
        using var server = Server(request => request.Statement switch
        {
            { } s when s.StartsWith("COPY INTO PANTHER_LOGS.PUBLIC.test_nested ", StringComparison.Ordinal) =>
                (200, SnowflakeTestServer.Result(["file", "status", "rows_parsed", "rows_loaded"],
                    ["s3://lake/logs/test_nested/year=2026/a.parquet", "LOADED", "3", "3"],
                    ["s3://lake/logs/test_nested/year=2026/b.parquet", "LOADED", "2", "2"])),
            { } s when s.StartsWith("COPY INTO PANTHER_RULE_MATCHES.PUBLIC.custom_proxy ", StringComparison.Ordinal) =>
                (422, SnowflakeTestServer.Error("002003", "42S02",
                    "SQL compilation error: Table 'CUSTOM_PROXY' does not exist or not authorized.")),
            _ => (200, SnowflakeTestServer.Result(["status"], ["Copy executed with 0 files processed."])),
        });
        var loader = new SnowflakeLakeLoader(Client(server), new SnowflakeDdlOptions());

        var result = await loader.LoadAsync([NestedLogType.Schema, Proxy]);

        Assert.Equal(7, result.Tables.Count);
        Assert.Equal(2, result.Files);
        Assert.Equal(5, result.Rows);
        var failed = Assert.Single(result.Failures);
        Assert.Equal("PANTHER_RULE_MATCHES.PUBLIC.custom_proxy", failed.Table);
        Assert.Contains("does not exist or not authorized", failed.Error, StringComparison.Ordinal);
        Assert.Equal(
            ["PANTHER_LOGS.PUBLIC.test_nested", "PANTHER_RULE_MATCHES.PUBLIC.test_nested",
                "PANTHER_RULE_ERRORS.PUBLIC.test_nested", "PANTHER_LOGS.PUBLIC.custom_proxy",
                "PANTHER_RULE_MATCHES.PUBLIC.custom_proxy", "PANTHER_RULE_ERRORS.PUBLIC.custom_proxy",
                "PANTHER_ALERTS.PUBLIC.alerts"],
            result.Tables.Select(t => t.Table));
        Assert.All(server.Statements, s => Assert.StartsWith("COPY INTO ", s, StringComparison.Ordinal));
        Assert.Contains(server.Statements, s => s.Contains(
            "FROM @PANTHER_LOGS.PUBLIC.PANTHER_LAKE/rule_errors/custom_proxy/", StringComparison.Ordinal));
        Assert.Contains(server.Statements, s => s.Contains(
            "FROM @PANTHER_LOGS.PUBLIC.PANTHER_LAKE/alerts/alerts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task More_files_than_one_copy_takes_are_loaded_in_several_statements()
    {
        using var server = Server(request =>
        {
            var named = request.Statement!.Split("', '").Length;
            return (200, SnowflakeTestServer.Result(["file", "status", "rows_parsed", "rows_loaded"],
                [.. Enumerable.Range(0, named).Select(i => new[] { $"f{i}", "LOADED", "2", "2" })]));
        });
        var loader = new SnowflakeLakeLoader(Client(server), new SnowflakeDdlOptions());
        var files = Enumerable.Range(0, 1500).Select(i => $"year=2026/month=12/day=03/hour=15/{i:D4}.parquet").ToList();

        var result = await loader.LoadAsync([new SnowflakeLoadTable(LakeDatabase.Logs, Proxy) { Files = files }]);

        var statements = server.Statements.ToList();
        Assert.Equal(2, statements.Count);
        Assert.Contains("'year=2026/month=12/day=03/hour=15/0999.parquet')", statements[0], StringComparison.Ordinal);
        Assert.Contains("FILES = ('year=2026/month=12/day=03/hour=15/1000.parquet'", statements[1],
            StringComparison.Ordinal);
        Assert.Equal(1500, result.Files);
        Assert.Equal(3000, result.Rows);
        Assert.Empty(result.Failures);
    }

    [Fact]
    public async Task Tables_can_be_created_before_they_are_loaded()
    {
        using var server = Server(_ => (200, SnowflakeTestServer.Result(["status"], ["ok"])));
        var loader = new SnowflakeLakeLoader(Client(server), new SnowflakeDdlOptions { DatabasePrefix = "acme" })
        {
            CreateTables = true,
        };

        var result = await loader.LoadAsync([Proxy]);

        Assert.Empty(result.Failures);
        var statements = server.Statements.ToList();
        Assert.Equal(8, statements.Count);
        Assert.StartsWith("CREATE TABLE IF NOT EXISTS ACME_LOGS.PUBLIC.custom_proxy (\n  url VARCHAR,", statements[0],
            StringComparison.Ordinal);
        Assert.StartsWith("COPY INTO ACME_LOGS.PUBLIC.custom_proxy (url, p_log_type,", statements[1],
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_stop_the_load_after_the_first_table()
    {
        using var server = Server(_ => (200, SnowflakeTestServer.Result(["status"], ["ok"])));
        using var other = RSA.Create(2048);
        var client = new SnowflakeSqlClient(_http, new SnowflakeConnectionOptions
        {
            Account = "acme-lake",
            User = "loader",
            PrivateKey = other,
            AccountUrl = server.BaseUrl,
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });

        var result = await new SnowflakeLakeLoader(client, new SnowflakeDdlOptions()).LoadAsync([Proxy]);

        Assert.Single(server.Requests);
        Assert.Equal(4, result.Failures.Count);
        Assert.StartsWith("Snowflake answered 401", result.Tables[0].Error, StringComparison.Ordinal);
        Assert.All(result.Tables.Skip(1), t => Assert.StartsWith("not tried: Snowflake answered 401", t.Error,
            StringComparison.Ordinal));
    }

    private SnowflakeTestServer Server(Func<SnowflakeRequest, (int, string)> script) =>
        new(_key, "ACME-LAKE", "LOADER", script);

    private SnowflakeSqlClient Client(SnowflakeTestServer server) => new(_http, new SnowflakeConnectionOptions
    {
        Account = "acme-lake",
        User = "loader",
        PrivateKey = _key,
        AccountUrl = server.BaseUrl,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    });
}
