using System.Security.Cryptography;
using Panther.Sinks.Tests.Snowflake;

namespace Panther.Cli.Tests.Commands;

public sealed class SnowflakeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-snowflake-");
    private readonly RSA _key = RSA.Create(2048);

    public void Dispose()
    {
        _key.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Ddl_for_snowflake_makes_the_stage_and_the_tables_and_schema_ddl_is_the_same_command()
    {
        string[] args = ["--target", "snowflake", "--location", "s3://acme-lake/panther", "--storage-integration",
            "acme_s3", "--log-type", "AWS.CloudTrail"];

        var ddl = await CliRun.RunAsync(["ddl", .. args]);
        var schemaDdl = await CliRun.RunAsync(["schema", "ddl", .. args]);

        Assert.Equal(0, ddl.ExitCode);
        Assert.Contains(
            "CREATE STAGE IF NOT EXISTS PANTHER_LOGS.PUBLIC.PANTHER_LAKE\n  URL = 's3://acme-lake/panther/'",
            ddl.Stdout, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE IF NOT EXISTS PANTHER_LOGS.PUBLIC.aws_cloudtrail (\n", ddl.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("  userIdentity OBJECT,\n", ddl.Stdout, StringComparison.Ordinal);
        Assert.Contains("  requestParameters VARIANT,\n", ddl.Stdout, StringComparison.Ordinal);
        Assert.Equal(ddl.Stdout, schemaDdl.Stdout);
    }

    [Theory]
    [InlineData("athena", "", "panther: --location is required for --target athena.")]
    [InlineData("snowflake", "s3://acme-lake/panther",
        "panther: A Snowflake stage over S3 needs a storage integration (--storage-integration).")]
    public async Task Missing_ddl_settings_are_usage_errors(string target, string location, string message)
    {
        string[] args = location.Length == 0 ? ["ddl", "--target", target] : ["ddl", "--target", target,
            "--location", location];

        var ddl = await CliRun.RunAsync(args);

        Assert.Equal(2, ddl.ExitCode);
        Assert.StartsWith(message, ddl.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_copies_each_table_through_the_sql_api_and_reports_the_files_loaded()
    {
        using var server = new SnowflakeTestServer(_key, "XY12345", "LOADER", request =>
            request.Statement?.StartsWith("COPY INTO PANTHER_LOGS.PUBLIC.okta_systemlog ", StringComparison.Ordinal)
                == true
                ? (200, SnowflakeTestServer.Result(["file", "status", "rows_loaded"],
                    ["s3://lake/logs/okta_systemlog/a.parquet", "LOADED", "12"]))
                : (200, SnowflakeTestServer.Result(["status"], ["Copy executed with 0 files processed."])));

        var load = await CliRun.RunAsync(["load", "--target", "snowflake", .. Connection(server, WriteKey(null)),
            "--log-type", "Okta.SystemLog"]);

        Assert.Equal(0, load.ExitCode);
        Assert.Equal(
            ["PANTHER_LOGS.PUBLIC.okta_systemlog: 1 files, 12 rows",
                "snowflake: 1 files, 12 rows loaded into 1 tables; 0 of 4 tables failed"],
            load.ErrorLines);
        Assert.Equal(4, server.Statements.Count());
        var body = server.Requests.First().Body!.Value;
        Assert.Equal("LOAD_WH", body.GetProperty("warehouse").GetString());
    }

    [Fact]
    public async Task An_encrypted_key_is_read_with_the_passphrase_and_failed_tables_exit_with_1()
    {
        using var server = new SnowflakeTestServer(_key, "XY12345", "LOADER", request =>
            (422, SnowflakeTestServer.Error("002003", "42S02", "Table does not exist or not authorized.")));
        var keyFile = WriteKey("correct horse");
        Environment.SetEnvironmentVariable(Commands.LoadCommandPassphrase, "correct horse");
        CliRun load;
        try
        {
            load = await CliRun.RunAsync(["load", "--target", "snowflake", .. Connection(server, keyFile),
                "--log-type", "Okta.SystemLog"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Commands.LoadCommandPassphrase, null);
        }

        var noPassphrase = await CliRun.RunAsync(["load", "--target", "snowflake", .. Connection(server, keyFile)]);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("PANTHER_ALERTS.PUBLIC.alerts: failed: Snowflake answered 422: Table does not exist",
            load.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("4 of 4 tables failed", load.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Equal(2, noPassphrase.ExitCode);
        Assert.Contains("is encrypted; set PANTHER_SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", noPassphrase.Stderr,
            StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN", load.Stderr + noPassphrase.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_key_or_a_folder_given_as_the_private_key_is_a_usage_error()
    {
        var publicKey = Path.Combine(_folder.FullName, "public.pem");
        await File.WriteAllTextAsync(publicKey, _key.ExportSubjectPublicKeyInfoPem());
        string[] rest = ["--account", "xy12345", "--user", "loader", "--snowflake-url", "http://127.0.0.1:9/"];

        var withPublic = await CliRun.RunAsync(["load", "--target", "snowflake", "--private-key", publicKey, .. rest]);
        var withFolder = await CliRun.RunAsync(["load", "--target", "snowflake", "--private-key", _folder.FullName,
            .. rest]);

        Assert.Equal(2, withPublic.ExitCode);
        Assert.StartsWith($"panther: {publicKey} holds no RSA private key in PEM form", withPublic.ErrorLines[0],
            StringComparison.Ordinal);
        Assert.Equal(2, withFolder.ExitCode);
        Assert.Equal($"panther: --private-key {_folder.FullName} is a folder, not a key file.",
            withFolder.ErrorLines[0]);
    }

    private static string[] Connection(SnowflakeTestServer server, string keyFile) =>
        ["--account", "xy12345", "--user", "loader", "--private-key", keyFile, "--warehouse", "LOAD_WH",
            "--snowflake-url", server.BaseUrl.ToString()];

    private string WriteKey(string? passphrase)
    {
        var path = Path.Combine(_folder.FullName, passphrase is null ? "key.p8" : "encrypted.p8");
        File.WriteAllText(path, passphrase is null
            ? _key.ExportPkcs8PrivateKeyPem()
            : _key.ExportEncryptedPkcs8PrivateKeyPem(passphrase,
                new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000)));
        return path;
    }

    private static class Commands
    {
        public const string LoadCommandPassphrase = "PANTHER_SNOWFLAKE_PRIVATE_KEY_PASSPHRASE";
    }
}
