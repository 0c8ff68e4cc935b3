using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Panther.Cli.Tests.Commands;

public sealed partial class ParseCommandTests : IDisposable
{
    private static readonly string KnownTypes =
        string.Join(", ", Panther.Parsing.BuiltInLogTypes.All.Select(s => s.Name));

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"panther-cli-{Guid.NewGuid():N}");

    public ParseCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_clean_cloudtrail_file_gives_one_normalized_event_per_line()
    {
        var times = new[] { "2026-12-03T15:00:01Z", "2026-12-03T15:00:02Z", "2026-12-03T15:07:59Z" };
        var path = Write("clean.jsonl", Lines(times.Select((t, i) => CloudTrailEvent($"e{i + 1}", t))));

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(0, run.ExitCode);
        var events = Parse(run.OutputLines);
        Assert.Equal(3, events.Length);
        for (var i = 0; i < events.Length; i++)
        {
            var root = events[i].RootElement;
            Assert.Equal(JsonValueKind.Object, root.ValueKind);
            Assert.Equal("AWS.CloudTrail", root.GetProperty("p_log_type").GetString());
            Assert.Equal(times[i], root.GetProperty("p_event_time").GetString());
            Assert.Matches(RowId(), root.GetProperty("p_row_id").GetString());
            Assert.Equal($"e{i + 1}", root.GetProperty("eventID").GetString());
            Assert.Equal("GetObject", root.GetProperty("eventName").GetString());
        }

        Assert.Equal(3, events.Select(e => e.RootElement.GetProperty("p_row_id").GetString()).Distinct().Count());
        Assert.Equal(["AWS.CloudTrail: 3 events", "total: 3 events, 0 quarantined, 0 records skipped"], run.ErrorLines);
    }

    [Theory]
    [InlineData("2026-12-03T17:00:03+02:00", "2026-12-03T15:00:03Z")]
    [InlineData("2026-12-03T15:00:02.250Z", "2026-12-03T15:00:02.25Z")]
    [InlineData("2026-12-03T10:00:00-0500", "2026-12-03T15:00:00Z")]
    [InlineData("2026-12-03T15:00:04", "2026-12-03T15:00:04Z")]
    public async Task The_event_time_is_written_in_rfc3339_utc(string eventTime, string expected)
    {
        var path = Write("time.jsonl", Lines(CloudTrailEvent("e1", eventTime)));

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(0, run.ExitCode);
        var evt = Assert.Single(Parse(run.OutputLines));
        Assert.Equal(expected, evt.RootElement.GetProperty("p_event_time").GetString());
    }

    [Fact]
    public async Task A_malformed_line_goes_to_the_quarantine_file_and_the_good_lines_around_it_to_stdout()
    {
        var bad = """{"eventVersion":"1.09","eventTime":"2026-12-03T15:00:03Z","eventSource":"s3.amaz""";
        string[] lines =
        [
            CloudTrailEvent("e1", "2026-12-03T15:00:01Z"),
            CloudTrailEvent("e2", "2026-12-03T15:00:02Z", userAgent: "Überwachung/1.0 (€)"),
            bad,
            CloudTrailEvent("e4", "2026-12-03T15:00:04Z"),
            CloudTrailEvent("e5", "2026-12-03T15:00:05Z"),
        ];
        var path = Write("mixed.jsonl", Lines(lines));
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunAsync("parse", "--quarantine", quarantine, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["e1", "e2", "e4", "e5"], EventIds(run));
        Assert.Equal(
            "Überwachung/1.0 (€)",
            JsonDocument.Parse(run.OutputLines[1]).RootElement.GetProperty("userAgent").GetString());
        var record = Assert.Single(Parse(File.ReadAllLines(quarantine))).RootElement;
        Assert.Equal(path, record.GetProperty("source").GetString());
        Assert.Equal(3, record.GetProperty("line").GetInt64());
        Assert.Equal(OffsetOfLine(lines, 3, "\n"), record.GetProperty("byte_offset").GetInt64());
        Assert.StartsWith("invalid JSON", record.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(bad, record.GetProperty("data").GetString());
        Assert.Equal(
            ["AWS.CloudTrail: 4 events", $"total: 4 events, 1 quarantined (in {quarantine}), 0 records skipped"],
            run.ErrorLines);
    }

    [Fact]
    public async Task A_crlf_file_quarantines_the_line_without_its_carriage_return()
    {
        string[] lines =
        [
            CloudTrailEvent("e1", "2026-12-03T15:00:01Z"),
            "not json at all",
            CloudTrailEvent("e3", "2026-12-03T15:00:03Z"),
        ];
        var path = Write("crlf.jsonl", string.Join("\r\n", lines) + "\r\n");
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunAsync("parse", "--quarantine", quarantine, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["e1", "e3"], EventIds(run));
        var record = Assert.Single(Parse(File.ReadAllLines(quarantine))).RootElement;
        Assert.Equal(2, record.GetProperty("line").GetInt64());
        Assert.Equal(OffsetOfLine(lines, 2, "\r\n"), record.GetProperty("byte_offset").GetInt64());
        Assert.Equal("not json at all", record.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Without_a_quarantine_file_the_problem_is_reported_on_stderr_with_the_source_and_line()
    {
        string[] lines =
        [
            CloudTrailEvent("e1", "2026-12-03T15:00:01Z"),
            "{\"eventName\":",
            CloudTrailEvent("e3", "2026-12-03T15:00:03Z"),
        ];
        var path = Write("mixed.jsonl", Lines(lines));

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["e1", "e3"], EventIds(run));
        var report = Assert.Single(run.ErrorLines, l => l.StartsWith("quarantined: ", StringComparison.Ordinal));
        Assert.StartsWith(
            $"quarantined: {path}: line 2 (byte {OffsetOfLine(lines, 2, "\n")}): invalid JSON",
            report,
            StringComparison.Ordinal);
        Assert.Equal("total: 2 events, 1 quarantined, 0 records skipped", run.ErrorLines[^1]);
    }

    [Fact]
    public async Task A_clean_run_leaves_the_quarantine_file_empty()
    {
        var path = Write("clean.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunAsync("parse", "--quarantine", quarantine, path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["e1"], EventIds(run));
        Assert.Equal(0, new FileInfo(quarantine).Length);
    }

    [Fact]
    public async Task An_empty_file_gives_no_events_and_exit_code_0()
    {
        var path = Write("empty.jsonl", "");

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(["total: 0 events, 0 quarantined, 0 records skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task Help_describes_the_parse_command_on_stdout_with_exit_code_0()
    {
        var run = await CliRun.RunAsync("parse", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--quarantine", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--log-type", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task An_unknown_log_type_is_a_usage_error_that_names_the_known_types()
    {
        var path = Write("clean.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunAsync("parse", "--log-type", "AWS.Nope", "--quarantine", quarantine, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"panther: unknown log type 'AWS.Nope'. Known: {KnownTypes}."], run.ErrorLines);
        Assert.False(File.Exists(quarantine));
    }

    [Fact]
    public async Task A_missing_input_path_is_a_usage_error_that_names_the_path()
    {
        var present = Write("clean.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));
        var missing = Path.Combine(_root, "missing.jsonl");

        var run = await CliRun.RunAsync("parse", present, missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([$"panther: Input '{missing}' is neither a file nor a folder."], run.ErrorLines);
    }

    [Fact]
    public async Task No_arguments_is_a_usage_error()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            ["panther: Required command was not provided.", "Run 'panther --help' for usage."],
            run.ErrorLines);
    }

    [Fact]
    public async Task Parse_without_inputs_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("parse");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("Run 'panther --help' for usage.", run.ErrorLines[^1]);
        Assert.Contains("Required argument missing", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parse", "--bogus")]
    [InlineData("parse", "--bogus", "--quarantine")]
    [InlineData("parse", "--log-type")]
    [InlineData("bogus")]
    public async Task Unknown_options_commands_and_missing_option_values_are_usage_errors(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("panther: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_before_a_real_input_is_a_usage_error_that_names_it()
    {
        var path = Write("clean.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));

        var run = await CliRun.RunAsync("parse", "--bogus", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("'--bogus'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_standard_input_as_the_source_named_stdin()
    {
        string[] lines =
        [
            CloudTrailEvent("e1", "2026-12-03T15:00:01Z"),
            "garbage",
            CloudTrailEvent("e3", "2026-12-03T15:00:03Z"),
        ];
        var stdin = Encoding.UTF8.GetBytes(Lines(lines));
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunWithInputAsync(stdin, "parse", "--quarantine", quarantine, "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["e1", "e3"], EventIds(run));
        var record = Assert.Single(Parse(File.ReadAllLines(quarantine))).RootElement;
        Assert.Equal("stdin", record.GetProperty("source").GetString());
        Assert.Equal(2, record.GetProperty("line").GetInt64());
        Assert.Equal("garbage", record.GetProperty("data").GetString());
    }

    [Fact]
    public async Task A_gzip_file_is_decompressed_whatever_its_name()
    {
        var text = Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z"), CloudTrailEvent("e2", "2026-12-03T15:00:02Z"));
        var path = Path.Combine(_root, "events.txt");
        File.WriteAllBytes(path, Gzip(text));

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["e1", "e2"], EventIds(run));
        Assert.Equal(["AWS.CloudTrail: 2 events", "total: 2 events, 0 quarantined, 0 records skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task A_gzip_records_document_gives_one_event_per_record()
    {
        var records = string.Join(",", CloudTrailEvent("e1", "2026-12-03T15:00:01Z"),
            CloudTrailEvent("e2", "2026-12-03T15:00:02Z"));
        var document = $$"""{"Records":[{{records}}]}""";
        var path = Path.Combine(_root, "123456789012_CloudTrail_us-east-1.json.gz");
        File.WriteAllBytes(path, Gzip(document));

        var run = await CliRun.RunAsync("parse", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["e1", "e2"], EventIds(run));
    }

    [Fact]
    public async Task A_folder_is_read_recursively_in_ordinal_order_leaving_hidden_files_out()
    {
        Write("logs/a/one.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));
        Write("logs/a/b/two.jsonl", Lines(CloudTrailEvent("e2", "2026-12-03T15:00:02Z")));
        Write("logs/c.jsonl", Lines(CloudTrailEvent("e3", "2026-12-03T15:00:03Z")));
        Write("logs/.hidden.jsonl", Lines(CloudTrailEvent("hidden", "2026-12-03T15:00:04Z")));

        var run = await CliRun.RunAsync("parse", Path.Combine(_root, "logs"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["e2", "e1", "e3"], EventIds(run));
        Assert.Equal(["AWS.CloudTrail: 3 events", "total: 3 events, 0 quarantined, 0 records skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task A_forced_log_type_quarantines_an_event_of_another_type_naming_the_missing_field()
    {
        var line = CloudTrailEvent("e1", "2026-12-03T15:00:01Z");
        var path = Write("cloudtrail.jsonl", Lines(line));
        var quarantine = Path.Combine(_root, "quarantine.jsonl");

        var run = await CliRun.RunAsync(
            "parse", "--log-type", "AWS.CloudTrailDigest", "--quarantine", quarantine, path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var record = Assert.Single(Parse(File.ReadAllLines(quarantine))).RootElement;
        Assert.Equal(
            "not a valid AWS.CloudTrailDigest event: missing required field 'digestStartTime'",
            record.GetProperty("reason").GetString());
        Assert.Equal(1, record.GetProperty("line").GetInt64());
        Assert.Equal(0, record.GetProperty("byte_offset").GetInt64());
        Assert.Equal(line, record.GetProperty("data").GetString());
        Assert.Equal([$"total: 0 events, 1 quarantined (in {quarantine}), 0 records skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task A_forced_log_type_parses_events_of_that_type()
    {
        var path = Write("cloudtrail.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));

        var run = await CliRun.RunAsync("parse", "--log-type", "AWS.CloudTrail", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["e1"], EventIds(run));
    }

    [Fact]
    public async Task A_quarantine_file_that_cannot_be_created_is_a_usage_error()
    {
        var path = Write("clean.jsonl", Lines(CloudTrailEvent("e1", "2026-12-03T15:00:01Z")));
        var quarantine = Path.Combine(_root, "no-such-folder", "quarantine.jsonl");

        var run = await CliRun.RunAsync("parse", "--quarantine", quarantine, path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var message = Assert.Single(run.ErrorLines);
        Assert.StartsWith("panther: ", message, StringComparison.Ordinal);
        Assert.Contains(quarantine, message, StringComparison.Ordinal);
    }

    private static string CloudTrailEvent(string id, string eventTime, string userAgent = "aws-cli/2.15.0") =>
        "{" + string.Join(",",
            Member("eventVersion", "1.09"),
            Member("eventTime", eventTime),
            Member("eventSource", "s3.amazonaws.com"),
            Member("eventName", "GetObject"),
            Member("awsRegion", "us-east-1"),
            Member("sourceIPAddress", "203.0.113.10"),
            Member("userAgent", userAgent),
            Member("eventID", id)) + "}";

    private static string Member(string name, string value) => $"\"{name}\":\"{value}\"";

    private static string Lines(params IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    private static long OffsetOfLine(string[] lines, int line, string newline) =>
        lines.Take(line - 1).Sum(l => (long)Encoding.UTF8.GetByteCount(l + newline));

    private static JsonDocument[] Parse(IEnumerable<string> lines) => [.. lines.Select(l => JsonDocument.Parse(l))];

    private static string[] EventIds(CliRun run) =>
        [.. Parse(run.OutputLines).Select(e => e.RootElement.GetProperty("eventID").GetString() ?? "(null)")];

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex RowId();
}
