using System.Text;

namespace Panther.Parsing.Tests.Framing;

public class LineFramingTests
{
    [Fact]
    public async Task Lines_ending_in_lf_or_crlf_and_a_final_line_without_newline_are_all_parsed()
    {
        var text = CloudTrailText.Event("A") + "\r\n" + CloudTrailText.Event("B") + "\n" + CloudTrailText.Event("C");

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "B", "C"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal([1L, 2L, 3L], run.Events.Select(e => e.Position.Line));
        Assert.Empty(run.Quarantined);
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped_and_offsets_count_it()
    {
        byte[] input = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(CloudTrailText.Event("A") + "\n")];

        var run = await ParseRun.ReadAsync(input);

        var evt = Assert.Single(run.Events);
        Assert.Equal(3, evt.Position.ByteOffset);
    }

    [Fact]
    public async Task Blank_lines_are_counted_and_do_not_shift_line_numbers()
    {
        var text = "\n" + CloudTrailText.Event("A") + "\n  \t\n\r\n" + CloudTrailText.Event("B") + "\n\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal([2L, 5L], run.Events.Select(e => e.Position.Line));
        Assert.Equal(4, run.BlankLines);
    }

    [Fact]
    public async Task A_bad_line_is_quarantined_with_source_line_offset_and_bytes_and_its_neighbours_survive()
    {
        var first = CloudTrailText.Event("A");
        var bad = """{"eventName":"Cut","eventSource":"s3.amazonaws""";
        var text = first + "\n" + bad + "\n" + CloudTrailText.Event("C") + "\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["A", "C"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        var record = Assert.Single(run.Quarantined);
        Assert.Equal("test-input", record.Source);
        Assert.Equal(2, record.Position.Line);
        Assert.Equal(first.Length + 1, record.Position.ByteOffset);
        Assert.Equal(bad, record.GetText());
        Assert.StartsWith("invalid JSON at byte", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_much_longer_than_the_read_buffer_is_parsed_whole()
    {
        var big = new string('x', 300_000);
        var text = CloudTrailText.Event("Big", extra: $$""","requestParameters":{"blob":"{{big}}"}""") + "\n" +
            CloudTrailText.Event("After") + "\n";

        var run = await ParseRun.ReadAsync(text);

        Assert.Equal(["Big", "After"], run.Events.Select(e => e.Json.GetProperty("eventName").GetString()));
        Assert.Equal(big, run.Events[0].Json.GetProperty("requestParameters").GetProperty("blob").GetString());
        Assert.Equal(2, run.Events[1].Position.Line);
    }

    [Fact]
    public async Task A_line_over_the_record_limit_is_quarantined_truncated_and_the_next_line_is_parsed()
    {
        var big = new string('x', 200_000);
        var oversized = CloudTrailText.Event("Big", extra: $$""","requestParameters":{"blob":"{{big}}"}""");
        var text = oversized + "\n" + CloudTrailText.Event("After") + "\n";

        var run = await ParseRun.ReadAsync(text, configure: o =>
        {
            o.MaxRecordBytes = 100_000;
            o.MaxQuarantinedBytes = 1000;
        });

        var evt = Assert.Single(run.Events);
        Assert.Equal("After", evt.Json.GetProperty("eventName").GetString());
        Assert.Equal(2, evt.Position.Line);
        var record = Assert.Single(run.Quarantined);
        Assert.True(record.IsTruncated);
        Assert.Equal(1000, record.Data.Length);
        Assert.Equal(1, record.Position.Line);
        Assert.Contains("100000-byte limit", record.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_json_documents_on_one_line_are_quarantined()
    {
        var line = CloudTrailText.Event("A") + CloudTrailText.Event("B");

        var run = await ParseRun.ReadAsync(line + "\n");

        Assert.Empty(run.Events);
        Assert.StartsWith("invalid JSON", Assert.Single(run.Quarantined).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_input_yields_nothing()
    {
        var run = await ParseRun.ReadAsync("");

        Assert.Empty(run.Events);
        Assert.Empty(run.Quarantined);
    }
}
