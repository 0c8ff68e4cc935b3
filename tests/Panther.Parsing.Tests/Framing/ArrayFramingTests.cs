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
        Assert.Contains("array after 2 complete records", record.Reason, StringComparison.Ordinal);
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

    [Fact]
    public async Task An_invalid_element_in_a_one_line_records_file_is_quarantined_and_the_later_records_are_kept()
    {
        var events = Enumerable.Range(0, 50).Select(i => CloudTrailText.Event($"E{i}")).ToList();
        events[3] = """{"eventName":tru}""";
        var text = CloudTrailText.Records([.. events]);

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(Enumerable.Range(0, 50).Where(i => i != 3).Select(i => $"E{i}"),
            run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        var record = Assert.Single(run.Quarantined);
        Assert.Equal(4, record.Position.Record);
        Assert.Equal(",{\"eventName\":tru},", record.GetText());
        Assert.StartsWith("invalid JSON inside the 'Records' array after 3 complete records", record.Reason,
            StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 50).Where(i => i != 4).Select(i => (long)i),
            run.Events.Select(e => e.Position.Record));
    }

    [Fact]
    public async Task A_missing_comma_in_a_pretty_printed_records_file_costs_only_the_element_after_it()
    {
        var text = "{\n  \"Records\": [\n    " + CloudTrailText.Event("A") + ",\n    " + CloudTrailText.Event("B") +
            "\n    " + CloudTrailText.Event("C") + ",\n    " + CloudTrailText.Event("D") + "\n  ]\n}\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B", "D"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        var record = Assert.Single(run.Quarantined);
        Assert.Contains("\"eventName\":\"C\"", record.GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cut_records_line_at_the_start_of_a_json_lines_file_does_not_cost_the_following_lines()
    {
        var first = CloudTrailText.Records(CloudTrailText.Event("A"), CloudTrailText.Event("B"));
        var lines = new[] { first[..(first.Length - 30)], CloudTrailText.Event("C"), CloudTrailText.Event("D") };

        var run = await ParseRun.ReadAsync(string.Join("\n", lines) + "\n");

        Assert.Equal(["A", "C", "D"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.NotEmpty(run.Quarantined);
    }

    [Fact]
    public async Task Long_runs_of_white_space_between_and_around_records_are_passed_over()
    {
        var spaces = new string(' ', 300_000);
        var newlines = new string('\n', 300_000);
        var text = newlines + "{\"Records\":[" + spaces + CloudTrailText.Event("A") + spaces + "," + newlines +
            CloudTrailText.Event("B") + spaces + "]}" + newlines;

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Empty(run.Quarantined);
        Assert.Equal(600_001, run.Events[1].Position.Line);
    }

    [Fact]
    public async Task A_member_before_records_on_a_line_is_quarantined_not_dropped()
    {
        var text = """{"meta":{"k":"v"},"Records":[""" + CloudTrailText.Event("A") + """],"tail":"x"}""" + "\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal("A", Assert.Single(run.Events).Json.GetProperty("eventName").GetString());
        Assert.Equal(
            [("unexpected member 'meta' beside 'Records' in the container document", "\"meta\":{\"k\":\"v\"}"),
                ("unexpected member 'tail' beside 'Records' in the container document", "\"tail\":\"x\"")],
            run.Quarantined.Select(q => (q.Reason, q.GetText())));
    }
}
