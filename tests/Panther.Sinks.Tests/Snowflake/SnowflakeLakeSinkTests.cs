using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Panther.Sinks.Layout;
using Panther.Sinks.Snowflake;
using Panther.Sinks.Storage;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Snowflake;

/// <summary>
/// The sink against a stand-in for Snowflake that answers each <c>COPY INTO</c> as Snowflake does: one row per
/// Parquet file named in <c>FILES</c> (or in the table's folder of the lake, without it) that the table has not
/// loaded before. The nested test events span three hours, so each table gets three files.
/// </summary>
public sealed partial class SnowflakeLakeSinkTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);

    private readonly RSA _key = RSA.Create(2048);
    private readonly HttpClient _http = new();
    private readonly TempLake _lake = new();
    private readonly ConcurrentDictionary<string, bool> _loaded = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _copied = new();
    private volatile string? _failTable;

    public void Dispose()
    {
        _key.Dispose();
        _http.Dispose();
        _lake.Dispose();
    }

    [Fact]
    public async Task A_flush_writes_the_files_then_loads_each_table_that_received_rows()
    {
        using var server = Server();
        await using var sink = Sink(server);

        await WriteAsync(sink, withAlert: true);
        await sink.FlushAsync();

        Assert.Equal(
            ["PANTHER_ALERTS.PUBLIC.alerts", "PANTHER_LOGS.PUBLIC.test_nested",
                "PANTHER_RULE_MATCHES.PUBLIC.test_nested"],
            _copied.Order(StringComparer.Ordinal));
        Assert.Equal(_lake.Files("*.parquet").Count, sink.FilesLoaded);
        Assert.Equal(7, sink.FilesLoaded);
        Assert.Empty(sink.PendingTables);
        Assert.Empty(sink.LastLoad!.Failures);
    }

    [Fact]
    public async Task A_load_names_the_files_the_sink_wrote_and_no_others()
    {
        using var server = Server();
        await using (var earlier = new ParquetLakeWriter(_lake.Layout, WriterOptions()))
        {
            await LakeRun.WriteAsync(earlier, NestedLogType.Events, NestedLogType.CreateRegistry());
        }

        var before = _lake.Files("*.parquet");
        await using var sink = Sink(server);
        await WriteAsync(sink, withAlert: false);
        await sink.FlushAsync();

        var logs = Assert.Single(server.Statements,
            s => s.StartsWith("COPY INTO PANTHER_LOGS.", StringComparison.Ordinal));
        var named = FilesClause().Matches(logs).Select(m => "logs/test_nested/" + m.Groups[1].Value).ToList();
        Assert.Equal(3, before.Count);
        Assert.Equal(9, _lake.Files("*.parquet").Count);
        Assert.Equal(3, named.Count);
        Assert.All(named, file => Assert.Contains(file, _lake.Files("*.parquet")));
        Assert.Empty(named.Intersect(before));
        Assert.DoesNotContain("PATTERN", logs, StringComparison.Ordinal);
        Assert.Equal(6, sink.FilesLoaded);
    }

    [Fact]
    public async Task Tables_without_new_rows_are_not_loaded_again()
    {
        using var server = Server();
        await using var sink = Sink(server);
        await WriteAsync(sink, withAlert: false);
        await sink.FlushAsync();
        var statements = server.Statements.Count();

        await sink.FlushAsync();

        Assert.Equal(2, statements);
        Assert.Equal(statements, server.Statements.Count());
        Assert.Equal(6, sink.FilesLoaded);
    }

    [Fact]
    public async Task A_failed_load_keeps_the_table_pending_and_the_next_flush_loads_it()
    {
        using var server = Server();
        await using var sink = Sink(server);
        _failTable = "PANTHER_RULE_MATCHES.PUBLIC.test_nested";
        await WriteAsync(sink, withAlert: false);

        await sink.FlushAsync();
        var pending = Assert.Single(sink.PendingTables);
        var failure = Assert.Single(sink.LastLoad!.Failures);
        _failTable = null;
        await sink.FlushAsync();

        Assert.Equal(LakeDatabase.RuleMatches, pending.Database);
        Assert.Equal("PANTHER_RULE_MATCHES.PUBLIC.test_nested", failure.Table);
        Assert.Contains("warehouse is suspended", failure.Error, StringComparison.Ordinal);
        Assert.Equal(3, pending.Files.Count);
        Assert.Equal(["PANTHER_RULE_MATCHES.PUBLIC.test_nested"], sink.LastLoad.Tables.Select(t => t.Table));
        Assert.Empty(sink.PendingTables);
        Assert.Equal(6, sink.FilesLoaded);
    }

    [Fact]
    public async Task Disposing_writes_what_is_buffered_and_loads_it()
    {
        using var server = Server();
        var sink = Sink(server);
        await WriteAsync(sink, withAlert: false);
        Assert.Empty(_lake.Files("*.parquet"));

        await sink.DisposeAsync();

        Assert.Equal(6, _lake.Files("*.parquet").Count);
        Assert.Equal(6, sink.FilesLoaded);
        Assert.Equal(6, _loaded.Count);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => sink.FlushAsync().AsTask());
    }

    [Fact]
    public async Task An_unreachable_Snowflake_leaves_the_files_in_the_lake_and_does_not_fail_the_flush()
    {
        var url = new Uri("http://127.0.0.1:9/");
        var loader = new SnowflakeLakeLoader(Client(url), new SnowflakeDdlOptions());
        await using var sink = new SnowflakeLakeSink(new LocalLakeObjectStore(_lake.Root), loader, WriterOptions());
        await WriteAsync(sink, withAlert: false);

        await sink.FlushAsync();

        Assert.Equal(6, _lake.Files("*.parquet").Count);
        Assert.Equal(2, sink.PendingTables.Count);
        Assert.Equal(2, sink.LastLoad!.Failures.Count);
        Assert.Equal(0, sink.FilesLoaded);
    }

    private static ParquetLakeWriterOptions WriterOptions() =>
        new() { TimeProvider = new ManualTimeProvider(Now), MaxBufferAge = TimeSpan.FromDays(1) };

    private static async Task WriteAsync(SnowflakeLakeSink sink, bool withAlert)
    {
        await LakeRun.WriteAsync(sink, NestedLogType.Events, NestedLogType.CreateRegistry(), rule: _ =>
            new RuleMatchInfo { RuleId = "Test.Snowflake", AlertId = "alert-1" });
        if (withAlert)
        {
            await sink.WriteAlertsAsync([new LakeAlertRecord
            {
                AlertId = "alert-1",
                Type = "RULE",
                RuleId = "Test.Snowflake",
                Title = "nested events",
                Severity = "LOW",
                Dedup = "d",
                CreationTime = Now.UtcDateTime,
                UpdateTime = Now.UtcDateTime,
                EventCount = 5,
            }]);
        }
    }

    [GeneratedRegex(@"^COPY INTO (\S+) .*FROM @\S+?/(\w+/\w+)/\n", RegexOptions.Singleline)]
    private static partial Regex CopyStatement();

    [GeneratedRegex(@"'([^']+[.]parquet)'")]
    private static partial Regex FilesClause();

    private SnowflakeLakeSink Sink(SnowflakeTestServer server) => new(
        new LocalLakeObjectStore(_lake.Root),
        new SnowflakeLakeLoader(Client(server.BaseUrl), new SnowflakeDdlOptions()),
        WriterOptions());

    private SnowflakeTestServer Server() => new(_key, "ACME-LAKE", "LOADER", request =>
    {
        var copy = CopyStatement().Match(request.Statement ?? "");
        if (!copy.Success)
        {
            return (400, SnowflakeTestServer.Error("001003", "42000", "unexpected statement"));
        }

        var table = copy.Groups[1].Value;
        if (table == _failTable)
        {
            return (422, SnowflakeTestServer.Error("000606", "57P03", "the warehouse is suspended"));
        }

        _copied.Enqueue(table);
        var folder = copy.Groups[2].Value + "/";
        var named = FilesClause().Matches(request.Statement!).Select(m => folder + m.Groups[1].Value).ToHashSet();
        var files = _lake.Files("*.parquet")
            .Where(f => f.StartsWith(folder, StringComparison.Ordinal))
            .Where(f => named.Count == 0 || named.Contains(f))
            .Where(f => _loaded.TryAdd(f, true))
            .Select(f => new[] { "s3://lake/" + f, "LOADED", "5", "5" })
            .ToArray();
        return files.Length == 0
            ? (200, SnowflakeTestServer.Result(["status"], ["Copy executed with 0 files processed."]))
            : (200, SnowflakeTestServer.Result(["file", "status", "rows_parsed", "rows_loaded"], files));
    });

    private SnowflakeSqlClient Client(Uri url) => new(_http, new SnowflakeConnectionOptions
    {
        Account = "acme-lake",
        User = "loader",
        PrivateKey = _key,
        AccountUrl = url,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryAttempts = 1,
    });
}
