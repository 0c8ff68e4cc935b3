using System.Text;

namespace Panther.Parsing.Tests.Framing;

public class ArrayFramingTests
{
    [Fact]
    public async Task A_pretty_printed_records_file_is_streamed_record_by_record_with_positions()
    {
        var text = "{\n  \"Records\": [\n    " + CloudTrailText.Event("A") + ",\n    " + CloudTrailText.Event("B") +
            "\n  ]\n}\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal([1L, 2L], run.Events.Select(e => e.Position.Record));
        Assert.Equal([3L, 4L], run.Events.Select(e => e.Position.Line));
        Assert.Equal(text.IndexOf("{\"eventVersion", StringComparison.Ordinal), run.Events[0].Position.ByteOffset);
        Assert.Empty(run.Quarantined);
    }

    [Fact]
    public async Task A_gzip_records_file_is_detected_by_its_magic_bytes()
    {
        var records = CloudTrailText.Records(CloudTrailText.Event("A"), CloudTrailText.Event("B"));

        var run = await ParseRun.ReadAsync(ParseRun.Gzip(Encoding.UTF8.GetBytes(records)));

        Assert.Equal(2, run.Events.Count);
    }

    [Fact]
    public async Task Records_objects_one_per_line_are_all_unwrapped()
    {
        var text = CloudTrailText.Records(CloudTrailText.Event("A")) + "\n" +
            CloudTrailText.Records(CloudTrailText.Event("B"), CloudTrailText.Event("C")) + "\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B", "C"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal([2L, 2L], run.Events.Skip(1).Select(e => e.Position.Line));
    }

    [Fact]
    public async Task A_records_document_followed_by_plain_lines_hands_over_to_line_framing()
    {
        var text = CloudTrailText.Records(CloudTrailText.Event("A")) + "\n" + CloudTrailText.Event("B") + "\n" +
            "garbage\n" + CloudTrailText.Event("C") + "\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B", "C"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal(3, Assert.Single(run.Quarantined).Position.Line);
    }

    [Fact]
    public async Task A_top_level_array_of_events_is_streamed()
    {
        var text = "[\n" + CloudTrailText.Event("A") + ",\n" + CloudTrailText.Event("B") + "\n]\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
    }

    [Fact]
    public async Task A_records_array_cut_off_half_way_keeps_the_complete_records_and_quarantines_the_rest()
    {
        var text = CloudTrailText.Records(CloudTrailText.Event("A"), CloudTrailText.Event("B"),
            CloudTrailText.Event("C"));
        var cut = text[..(text.LastIndexOf("\"eventName\"", StringComparison.Ordinal) + 5)];

        var run = await ParseRun.ReadAsync(cut);

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        var record = Assert.Single(run.Quarantined);
        Assert.Contains("cut off or invalid after 2 complete records", record.Reason, StringComparison.Ordinal);
        Assert.Equal(cut[cut.LastIndexOf(",{", StringComparison.Ordinal)..], record.GetText());
    }

    [Fact]
    public async Task A_gzip_records_file_cut_off_keeps_what_was_complete()
    {
        var events = Enumerable.Range(0, 200).Select(i => CloudTrailText.Event($"E{i}")).ToArray();
        var gzip = ParseRun.Gzip(Encoding.UTF8.GetBytes(CloudTrailText.Records(events)));

        var run = await ParseRun.ReadAsync(gzip[..(gzip.Length / 2)]);

        Assert.InRange(run.Events.Count, 1, 199);
        Assert.Equal(
            Enumerable.Range(0, run.Events.Count).Select(i => $"E{i}"),
            run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.NotEmpty(run.Quarantined);
    }

    [Fact]
    public async Task An_element_that_is_not_an_object_is_quarantined_and_the_next_one_is_parsed()
    {
        var text = """{"Records":["oops",""" + CloudTrailText.Event("B") + "]}";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal("B", Assert.Single(run.Events).Json.GetProperty("eventName").GetString());
        var record = Assert.Single(run.Quarantined);
        Assert.Equal("an element of 'Records' is not a JSON object", record.Reason);
        Assert.Equal("\"oops\"", record.GetText());
        Assert.Equal(1, record.Position.Record);
    }

    [Fact]
    public async Task A_record_over_the_limit_inside_records_is_skipped_without_losing_the_following_records()
    {
        var blob = new string('x', 300_000);
        var big = CloudTrailText.Event("Big", extra: $$""","requestParameters":{"blob":"{{blob}}"}""");
        var text = CloudTrailText.Records(CloudTrailText.Event("A"), big, CloudTrailText.Event("C"));

        var run = await ParseRun.ReadAsync(text, configure: o => o.MaxRecordBytes = 100_000);

        Assert.Equal(["A", "C"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal([1L, 3L], run.Events.Select(e => e.Position.Record));
        var record = Assert.Single(run.Quarantined);
        Assert.True(record.IsTruncated);
        Assert.Equal(2, record.Position.Record);
    }

    [Fact]
    public async Task A_member_beside_records_is_quarantined_not_dropped()
    {
        var text = """{"Records":[""" + CloudTrailText.Event("A") + """],"extra":{"k":1}}""";

        var run = await ParseRun.ReadAsync(text);

        Assert.Single(run.Events);
        var record = Assert.Single(run.Quarantined);
        Assert.Equal("unexpected member 'extra' beside 'Records' in the container document", record.Reason);
    }
}
