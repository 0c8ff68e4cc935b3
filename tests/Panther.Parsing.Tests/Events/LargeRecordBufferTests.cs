using System.Text;
using Panther.Parsing.Events;
using Panther.Parsing.Json;

namespace Panther.Parsing.Tests.Events;

public sealed class LargeRecordBufferTests
{
    private static readonly byte[] Small = """{"a":1}"""u8.ToArray();

    [Fact]
    public void An_event_gives_up_a_huge_buffer_when_a_small_record_follows()
    {
        var evt = new NormalizedEvent();
        var huge = Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 3 * 1024 * 1024) + "\"}");

        evt.Load(huge);
        var grown = evt.DataCapacity;
        evt.Load(Small);

        Assert.True(grown >= huge.Length);
        Assert.Equal(4096, evt.DataCapacity);
        Assert.Equal(Small, evt.Data.ToArray());
    }

    [Fact]
    public void An_event_keeps_a_moderate_buffer_for_later_records()
    {
        var evt = new NormalizedEvent();
        var record = Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', 500_000) + "\"}");

        evt.Load(record);
        var grown = evt.DataCapacity;
        evt.Load(Small);

        Assert.Equal(grown, evt.DataCapacity);
    }

    [Fact]
    public void A_token_index_gives_up_a_huge_array_when_a_small_document_follows()
    {
        var index = new JsonTokenIndex();
        var huge = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("1", 300_000)) + "]");

        Assert.True(index.TryIndex(huge, 64, out _));
        var grown = index.Capacity;
        Assert.True(index.TryIndex(Small, 64, out _));

        Assert.True(grown > 300_000);
        Assert.Equal(256, index.Capacity);
        Assert.Equal(3, index.Count);
    }
}
