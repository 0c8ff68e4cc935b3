namespace Panther.Cli.Tests.Commands;

public sealed class DdlCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-ddl-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Ddl_prints_every_table_the_alerts_table_and_the_view_separated_by_semicolon_lines()
    {
        var run = await CliRun.RunAsync("ddl", "--target", "athena", "--location", "s3://my-lake/panther");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.Contains("CREATE EXTERNAL TABLE IF NOT EXISTS `panther_logs`.`aws_cloudtrail` (", run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("CREATE EXTERNAL TABLE IF NOT EXISTS `panther_rule_errors`.`okta_systemlog` (", run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("CREATE EXTERNAL TABLE IF NOT EXISTS `panther_alerts`.`alerts` (", run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("CREATE OR REPLACE VIEW \"panther_views\".\"all_logs\" AS", run.Stdout,
            StringComparison.Ordinal);
        Assert.Contains("LOCATION 's3://my-lake/panther/rule_matches/suricata_dns/'", run.Stdout,
            StringComparison.Ordinal);
        var statements = run.Stdout.Split("\n;\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(run.Stdout.Split('\n').Count(l => l == ";"), statements.Count(s => s.Trim().Length > 0));
    }

    [Fact]
    public async Task Ddl_for_one_log_type_with_a_custom_schema_and_database_prefix()
    {
        var schema = Path.Combine(_folder.FullName, "proxy.yml");
        await File.WriteAllTextAsync(schema, """
            schema: Custom.WebProxy
            fields:
              - name: time
                type: timestamp
                timeFormat: rfc3339
                isEventTime: true
                required: true
              - name: "@client"
                type: string
            """);

        var run = await CliRun.RunAsync("ddl", "--target", "athena", "--location", "s3://my-lake",
            "--database-prefix", "sec", "--schema", schema, "--log-type", "Custom.WebProxy");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("CREATE EXTERNAL TABLE IF NOT EXISTS `sec_logs`.`custom_webproxy` (\n  `time` timestamp,\n"
            + "  `_at_sign_client` string,\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("aws_cloudtrail", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("FROM \"sec_logs\".\"custom_webproxy\"", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--location", "s3://b'; DROP")]
    [InlineData("--database-prefix", "x`; DROP DATABASE y; --")]
    [InlineData("--log-type", "No.Such")]
    [InlineData("--target", "snowflake")]
    public async Task Ddl_with_a_bad_value_is_a_usage_error_and_prints_nothing(string option, string value)
    {
        var args = new List<string> { "ddl", "--target", "athena", "--location", "s3://my-lake" };
        var index = args.IndexOf(option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = await CliRun.RunAsync([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.NotEmpty(run.Stderr);
    }
}
