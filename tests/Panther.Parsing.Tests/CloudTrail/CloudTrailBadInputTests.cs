using System.Text.Json;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests.CloudTrail;

/// <summary>The CloudTrail cases of the corpus's bad-input catalogue (corpus/bugs/README.md), each with its
/// outcome.</summary>
public class CloudTrailBadInputTests
{
    [SkippableFact]
    public async Task CT01_a_digest_document_is_recognised_as_its_own_log_type_not_as_zero_records()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "CT-01-digest-file-without-Records.jsonl"));

        var evt = Assert.Single(run.Events);
        Assert.Equal("AWS.CloudTrailDigest", evt.LogType);
        Assert.True(evt.HasOwnEventTime);
        Assert.Equal(new DateTime(2020, 8, 28, 22, 7, 32, DateTimeKind.Utc), evt.EventTime);
        Assert.Equal(["111122223333"], evt.Indicators("p_any_aws_account_ids"));
    }

    [SkippableFact]
    public async Task CT03_a_redaction_string_where_a_list_usually_is_keeps_both_events_whole()
    {
        var run = await ParseRun.ReadFileAsync(
            TestCorpus.Path("bugs", "CT-03-environment-hidden-string-vs-array.jsonl"));

        Assert.Equal(2, run.Events.Count);
        Assert.Empty(run.Quarantined);
        Assert.All(run.Events, e => Assert.Empty(e.Errors));
        var texts = run.Events.Select(e => e.Json.GetProperty("requestParameters").GetRawText()).ToList();
        Assert.Contains(texts, t => t.Contains("\"HIDDEN_DUE_TO_SECURITY_REASONS\"", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\"environment\":[", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task CT05_fields_that_change_type_inside_request_parameters_are_kept_as_written()
    {
        var run = await ParseRun.ReadFileAsync(
            TestCorpus.Path("bugs", "CT-05-startTime-epoch-vs-date-string-filter-object.jsonl"));

        Assert.Equal(2, run.Events.Count);
        var first = run.Events[0].Json.GetProperty("requestParameters");
        var second = run.Events[1].Json.GetProperty("requestParameters");
        Assert.Equal(1529625600000, first.GetProperty("startTime").GetInt64());
        Assert.Equal("Jun 22, 2018 12:00:00 AM", second.GetProperty("startTime").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("filter").ValueKind);
        Assert.Equal(JsonValueKind.Object, second.GetProperty("filter").ValueKind);
    }

    [SkippableFact]
    public async Task CT07_an_event_larger_than_64_KB_parses_whole()
    {
        var path = TestCorpus.Path("bugs", "CT-07-event-larger-than-64KB.jsonl");

        var run = await ParseRun.ReadFileAsync(path);

        var evt = Assert.Single(run.Events);
        Assert.True(evt.Input.Length > 64 * 1024);
        using var input = JsonDocument.Parse(evt.Input);
        Assert.Empty(LeafComparer.FindMissingLeaves(input.RootElement, evt.Json));
        Assert.NotEmpty(evt.Indicators("p_any_aws_instance_ids"));
    }

    [SkippableFact]
    public async Task CT07_an_event_over_the_configured_record_limit_is_reported_not_dropped()
    {
        var path = TestCorpus.Path("bugs", "CT-07-event-larger-than-64KB.jsonl");

        var bytes = await File.ReadAllBytesAsync(path);

        var run = await ParseRun.ReadAsync(bytes, configure: o => o.MaxRecordBytes = 65536);

        Assert.Empty(run.Events);
        var record = Assert.Single(run.Quarantined);
        Assert.Contains("larger than the 65536-byte limit", record.Reason, StringComparison.Ordinal);
        Assert.Equal(1, record.Position.Line);
    }

    [SkippableFact]
    public async Task CT09_a_single_line_records_object_yields_each_record()
    {
        var run = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "CT-09-single-line-Records-object.jsonl"));

        Assert.Equal(2, run.Events.Count);
        Assert.Equal([1L, 2L], run.Events.Select(e => e.Position.Record));
        Assert.All(run.Events, e => Assert.Equal("AWS.CloudTrail", e.LogType));
    }

    [SkippableFact]
    public async Task CT11_a_gzip_object_gives_the_same_events_as_its_plain_copy()
    {
        var gzip = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "CT-11-gzip-compressed-object.json.gz"));
        var plain = await ParseRun.ReadFileAsync(TestCorpus.Path("bugs", "CT-11-gzip-compressed-object.jsonl"));

        Assert.NotEmpty(gzip.Events);
        Assert.Equal(plain.Events.Select(e => e.Input), gzip.Events.Select(e => e.Input));
    }

    [Fact]
    public async Task A_gzip_file_whose_name_says_nothing_is_still_decompressed()
    {
        var events = CloudTrailText.Event("A") + "\n" + CloudTrailText.Event("B") + "\n";

        var run = await ParseRun.ReadAsync(ParseRun.Gzip(System.Text.Encoding.UTF8.GetBytes(events)),
            source: "upload.txt");

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
    }

    [Fact]
    public async Task Corrupt_gzip_data_is_quarantined_with_the_source_and_does_not_throw()
    {
        var gzip = ParseRun.Gzip(System.Text.Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n"));
        for (var i = 12; i < gzip.Length - 8; i++)
        {
            gzip[i] ^= 0x5A;
        }

        var run = await ParseRun.ReadAsync(gzip, source: "broken.gz");

        Assert.Empty(run.Events);
        var record = Assert.Single(run.Quarantined);
        Assert.Equal("broken.gz", record.Source);
        Assert.StartsWith("gzip data is corrupt", record.Reason, StringComparison.Ordinal);
    }
}
