using System.Text;
using Panther.Parsing.Events;
using Panther.Parsing.Json;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests;

/// <summary>Records built to make the quarantine reason expensive: huge values, long escaped names.</summary>
public sealed class HostileRecordTests
{
    private static readonly LogSchema Counter = new("Custom.Counter")
    {
        Fields = [Field.Int64("n") with { Required = true }],
    };

    /// <summary>The quarantine keeps a copy of the record; the reason must not cost a decoded copy on top (a 1 MB
    /// value allocated 3 MB before).</summary>
    [Fact]
    public void A_huge_bad_value_is_shown_by_its_first_characters_without_decoding_all_of_it()
    {
        var record = Encoding.UTF8.GetBytes("{\"n\":\"" + new string('x', 1_000_000) + "\"}");
        var parser = new LogParser(new LogTypeRegistry().Add(Counter));
        var batch = new EventBatch();
        Parse(parser, record, batch);

        var allocated = Allocations.Measure(() => Parse(parser, record, batch), times: 1);

        var reason = Assert.Single(batch.Quarantined).Reason;
        Assert.Equal("not a valid Custom.Counter event: required field 'n' is not a valid bigint: '"
            + new string('x', 80) + "...'", reason);
        Assert.InRange(allocated, record.Length, record.Length + 64 * 1024);
    }

    [Fact]
    public void A_shown_value_is_not_cut_inside_a_surrogate_pair()
    {
        var record = Encoding.UTF8.GetBytes("{\"n\":\"" + new string('a', 79) + "\U0001F600bc\"}");
        var parser = new LogParser(new LogTypeRegistry().Add(Counter));
        var batch = new EventBatch();

        Parse(parser, record, batch);

        Assert.EndsWith(": '" + new string('a', 79) + "...'", Assert.Single(batch.Quarantined).Reason,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000, 1000, true)]
    [InlineData(1000, 999, false)]
    [InlineData(1000, 166, false)]
    public void Escaped_names_compare_by_their_unescaped_text_whatever_their_length(int escapes, int letters,
        bool equal)
    {
        var name = string.Concat(Enumerable.Repeat("\\u0041", escapes));
        var json = Encoding.UTF8.GetBytes("{\"" + name + "\":1}");
        var index = new JsonTokenIndex();
        Assert.True(index.TryIndex(json, 64, out _));

        var same = EventJson.StringEquals(in index[1], json, Encoding.UTF8.GetBytes(new string('A', letters)));

        Assert.Equal(equal, same);
    }

    private static void Parse(LogParser parser, byte[] record, EventBatch batch)
    {
        batch.Clear();
        parser.Parse(record, new LogSource("hostile"), default, batch);
    }
}
