using System.Text;
using System.Text.Json;

namespace Panther.Cli.Tests.Commands;

public sealed class SchemaCommandTests : IDisposable
{
    internal const string WebProxySchema = """
        schema: Custom.WebProxy
        description: Requests through the office proxy
        fields:
          - name: time
            type: timestamp
            timeFormat: rfc3339
            isEventTime: true
            required: true
          - name: client
            type: string
            indicators: [ip]
          - name: status
            type: int
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("panther-cli-schema-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Schema_list_names_every_built_in_type_and_loaded_yaml_types_with_their_tables()
    {
        var schemaFile = Write("proxy.yml", WebProxySchema);

        var run = await CliRun.RunAsync("schema", "list", "--schema", schemaFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("AWS.CloudTrail ", StringComparison.Ordinal)
            && l.Contains(" aws_cloudtrail ", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.StartsWith("Custom.WebProxy ", StringComparison.Ordinal)
            && l.Contains("custom_webproxy", StringComparison.Ordinal)
            && l.EndsWith("Requests through the office proxy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Schema_show_prints_the_fields_of_one_type()
    {
        var run = await CliRun.RunAsync("schema", "show", "AWS.CloudTrailDigest");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# AWS.CloudTrailDigest", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| `logFiles[].s3Object` | `string` |", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_show_of_an_unknown_type_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("schema", "show", "Custom.Nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown log type 'Custom.Nope'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_with_a_yaml_schema_classifies_custom_lines_beside_built_in_ones()
    {
        var schemaFile = Write("proxy.yml", WebProxySchema);
        var input = Write("mixed.jsonl",
            """
            {"time":"2026-12-03T10:00:00+01:00","client":"203.0.113.8","status":"204"}
            {"eventVersion":"1.08","eventTime":"2026-12-03T09:00:00Z","eventSource":"s3.amazonaws.com","eventName":"ListBuckets"}
            """);

        var run = await CliRun.RunAsync("parse", "--schema", schemaFile, input);

        Assert.Equal(0, run.ExitCode);
        var events = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["Custom.WebProxy", "AWS.CloudTrail"],
            events.Select(e => e.GetProperty("p_log_type").GetString()));
        Assert.Equal("2026-12-03T09:00:00Z", events[0].GetProperty("p_event_time").GetString());
        Assert.Equal(204, events[0].GetProperty("status").GetInt32());
        Assert.Equal("203.0.113.8", events[0].GetProperty("p_any_ip_addresses")[0].GetString());
    }

    [Fact]
    public async Task An_invalid_schema_file_is_a_usage_error_naming_the_file_and_the_field()
    {
        var schemaFile = Write("bad.yml", WebProxySchema.Replace("type: int", "type: integer",
            StringComparison.Ordinal));
        var input = Write("x.jsonl", "{}\n");

        var run = await CliRun.RunAsync("parse", "--schema", schemaFile, input);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"{schemaFile}: status: unknown type 'integer'", run.Stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
