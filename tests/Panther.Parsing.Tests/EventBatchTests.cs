using System.Text;
using Panther.Parsing.Events;

namespace Panther.Parsing.Tests;

public sealed class EventBatchTests
{
    [Fact]
    public async Task RemoveBefore_drops_the_records_that_start_before_an_offset_and_keeps_the_rest_in_order()
    {
        var lines = new[]
        {
            """{"eventTime":"2026-12-03T10:15:00Z","eventSource":"s3.amazonaws.com","eventName":"First"}""",
            """{"eventName":""",
            """{"eventTime":"2026-12-03T10:16:00Z","eventSource":"s3.amazonaws.com","eventName":"Second"}""",
            """{"eventName":""",
            """{"eventTime":"2026-12-03T10:17:00Z","eventSource":"s3.amazonaws.com","eventName":"Third"}""",
        };
        var reader = new LogReader(new LogParser(BuiltInLogTypes.CreateRegistry()));
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        var thirdLine = Encoding.UTF8.GetByteCount(string.Join('\n', lines[..2]) + "\n");

        await foreach (var batch in reader.ReadAsync(input, new LogSource("test")))
        {
            var removed = batch.RemoveBefore(thirdLine);

            Assert.Equal(2, removed);
            Assert.Equal(["Second", "Third"], batch.Events.Select(e => e.Root["eventName"].GetString()));
            Assert.Equal([4L], batch.Quarantined.Select(r => r.Position.Line));
        }
    }
}
