using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Panther.Parsing;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Sinks.Layout;
using Panther.Sinks.Snowflake;

namespace Panther.Sinks.Tests.Snowflake;

public class SnowflakeDdlTests
{
    private static readonly SnowflakeDdlOptions Options = new()
    {
        Location = "s3://acme-lake/panther",
        StorageIntegration = "acme_lake_s3",
    };

    [Fact]
    public void Field_types_map_to_snowflake_types_in_file_order()
    {
        var columns = SnowflakeDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Logs)
            .ToDictionary(c => c.Name, c => c.Type);

        Assert.Equal("TIMESTAMP_TZ(3)", columns["time"]);
        Assert.Equal("VARCHAR", columns["name"]);
        Assert.Equal("NUMBER(38,0)", columns["count"]);
        Assert.Equal("NUMBER(38,0)", columns["flow"]);
        Assert.Equal("FLOAT", columns["ratio"]);
        Assert.Equal("BOOLEAN", columns["flag"]);
        Assert.Equal("OBJECT", columns["user"]);
        Assert.Equal("ARRAY", columns["tags"]);
        Assert.Equal("OBJECT", columns["labels"]);
        Assert.Equal("ARRAY", columns["p_any_ip_addresses"]);
        Assert.Equal("ARRAY", columns["p_parse_errors"]);
        Assert.Equal("VARIANT", columns["p_enrichment"]);
        Assert.Equal("TIMESTAMP_TZ(3)", columns["p_event_time"]);
        Assert.Equal(
            Panther.Sinks.Ddl.AthenaDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Logs).Select(c => c.Name),
            SnowflakeDdl.GetColumns(NestedLogType.Schema, LakeDatabase.Logs).Select(c => c.Name));
    }

    [Fact]
    public void Json_columns_are_parsed_into_variants_when_loaded()
    {
        var schema = new LogSchema("Test.Json") { Fields = [Field.Json("detail"), Field.String("select")] };

        var copy = SnowflakeDdl.Copy(LakeDatabase.Logs, schema.TableName,
            SnowflakeDdl.GetColumns(schema, LakeDatabase.Logs), Options);

        Assert.StartsWith("COPY INTO PANTHER_LOGS.PUBLIC.test_json (detail, \"select\", p_log_type,", copy,
            StringComparison.Ordinal);
        Assert.Contains("SELECT TRY_PARSE_JSON($1:\"detail\"::VARCHAR),\n    $1:\"select\"::VARCHAR,", copy,
            StringComparison.Ordinal);
        Assert.Contains("TRY_PARSE_JSON($1:\"p_enrichment\"::VARCHAR)", copy, StringComparison.Ordinal);
        Assert.Contains("$1:\"p_any_ip_addresses\"::ARRAY", copy, StringComparison.Ordinal);
        Assert.EndsWith("FROM @PANTHER_LOGS.PUBLIC.PANTHER_LAKE/logs/test_json/\n)\n" +
            "PATTERN = '.*[.]parquet'\nON_ERROR = ABORT_STATEMENT", copy, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_chosen_files_names_them_as_string_literals_instead_of_a_pattern()
    {
        var columns = SnowflakeDdl.AlertColumns;

        var copy = SnowflakeDdl.Copy(LakeDatabase.Alerts, LakeLayout.AlertsTable, columns, Options,
            ["year=2026/month=12/day=03/hour=15/a.parquet", "odd/it's\\.parquet"]);

        Assert.EndsWith("FROM @PANTHER_LOGS.PUBLIC.PANTHER_LAKE/alerts/alerts/\n)\n"
            + "FILES = ('year=2026/month=12/day=03/hour=15/a.parquet', 'odd/it\\'s\\\\.parquet')\n"
            + "ON_ERROR = ABORT_STATEMENT", copy, StringComparison.Ordinal);
        Assert.DoesNotContain("PATTERN", copy, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SnowflakeDdl.Copy(LakeDatabase.Alerts, LakeLayout.AlertsTable,
            columns, Options, [.. Enumerable.Range(0, SnowflakeDdl.MaxCopyFiles + 1).Select(i => $"{i}.parquet")]));
    }

    [Fact]
    public void The_script_makes_databases_stage_tables_for_each_log_database_and_alerts()
    {
        var statements = SnowflakeDdl.CreateAll([NestedLogType.Schema], Options);

        Assert.Contains("CREATE DATABASE IF NOT EXISTS PANTHER_LOGS", statements);
        Assert.Contains("CREATE SCHEMA IF NOT EXISTS PANTHER_RULE_MATCHES.PUBLIC", statements);
        Assert.Contains("CREATE FILE FORMAT IF NOT EXISTS PANTHER_LOGS.PUBLIC.PANTHER_PARQUET TYPE = PARQUET",
            statements);
        Assert.Contains("CREATE STAGE IF NOT EXISTS PANTHER_LOGS.PUBLIC.PANTHER_LAKE\n" +
            "  URL = 's3://acme-lake/panther/'\n  STORAGE_INTEGRATION = ACME_LAKE_S3\n" +
            "  FILE_FORMAT = (FORMAT_NAME = 'PANTHER_LOGS.PUBLIC.PANTHER_PARQUET')", statements);
        Assert.Contains(statements, s => s.StartsWith(
            "CREATE TABLE IF NOT EXISTS PANTHER_LOGS.PUBLIC.test_nested (\n  time TIMESTAMP_TZ(3),\n  name VARCHAR,",
            StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith(
            "CREATE TABLE IF NOT EXISTS PANTHER_RULE_ERRORS.PUBLIC.test_nested", StringComparison.Ordinal)
            && s.Contains("  p_rule_error VARCHAR", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.StartsWith("CREATE TABLE IF NOT EXISTS PANTHER_ALERTS.PUBLIC.alerts",
            StringComparison.Ordinal) && s.Contains("  summary VARIANT", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_built_in_log_type_has_a_table()
    {
        var statements = SnowflakeDdl.CreateAll(BuiltInLogTypes.All, new SnowflakeDdlOptions());

        Assert.Equal(BuiltInLogTypes.All.Count * 3 + 1, statements.Count(s => s.StartsWith("CREATE TABLE",
            StringComparison.Ordinal)));
        Assert.DoesNotContain(statements, s => s.StartsWith("CREATE STAGE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x; DROP TABLE y")]
    [InlineData("1abc")]
    [InlineData("select")]
    [InlineData("")]
    public void Names_that_are_not_plain_identifiers_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new SnowflakeDdlOptions { DatabasePrefix = name });
        Assert.Throws<ArgumentException>(() => new SnowflakeDdlOptions { Stage = name });
        Assert.Throws<ArgumentException>(() => new SnowflakeDdlOptions { StorageIntegration = name });
    }

    [Fact]
    public void A_stage_needs_a_valid_location_and_a_storage_integration()
    {
        Assert.Throws<ArgumentException>(() => new SnowflakeDdlOptions { Location = "s3://bucket/it's" });
        Assert.Throws<ArgumentException>(() => SnowflakeDdl.CreateStage(new SnowflakeDdlOptions
        {
            Location = "s3://bucket/lake",
        }));
        var alone = Assert.Throws<ArgumentException>(() => SnowflakeDdl.CreateStage(new SnowflakeDdlOptions
        {
            StorageIntegration = "PANTHER_S3",
        }));
        Assert.Contains("give its --location too", alone.Message, StringComparison.Ordinal);
        Assert.Empty(SnowflakeDdl.CreateStage(new SnowflakeDdlOptions()));
    }

    [Theory]
    [InlineData("eventName", "eventName")]
    [InlineData("p_any_ip_addresses", "p_any_ip_addresses")]
    [InlineData("some-field", "\"some-field\"")]
    [InlineData("order", "\"order\"")]
    [InlineData("9lives", "\"9lives\"")]
    public void Identifiers_are_quoted_only_when_they_must_be(string name, string identifier)
    {
        Assert.Equal(identifier, SnowflakeNames.Identifier(name));
    }

    [Fact]
    public void Tokens_name_the_account_user_and_key_fingerprint()
    {
        using var key = RSA.Create(2048);
        var now = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
        var options = new SnowflakeConnectionOptions
        {
            Account = "xy12345.us-east-2.aws",
            User = "loader",
            PrivateKey = key,
        };

        var token = new JsonWebToken(SnowflakeJwt.CreateToken(options, now));

        var fingerprint = Convert.ToBase64String(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
        Assert.Equal($"XY12345.LOADER.SHA256:{fingerprint}", token.Issuer);
        Assert.Equal("XY12345.LOADER", token.Subject);
        Assert.Equal("RS256", token.Alg);
        Assert.Equal(now.UtcDateTime, token.IssuedAt);
        Assert.True(token.ValidTo - token.IssuedAt <= TimeSpan.FromHours(1));
        Assert.Equal(new Uri("https://xy12345.us-east-2.aws.snowflakecomputing.com/"), options.GetAccountUrl());
    }
}
