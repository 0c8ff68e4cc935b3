using System.Text;
using Panther.Parsing.Events;
using Panther.Tests.Shared;

namespace Panther.Parsing.Tests;

/// <summary>
/// Measures what parsing costs once the parser's buffers have grown: the records are parsed 100 times to warm up,
/// then 1,000 times while the bytes allocated on this thread are counted (see <see cref="Allocations"/>).
/// </summary>
internal static class SteadyState
{
    /// <summary>Parses the records, classifying each among all built-in types.</summary>
    /// <param name="records">The records, each one JSON document.</param>
    /// <returns>The bytes allocated by the measured rounds, and the batch of the last round.</returns>
    public static (long Allocated, EventBatch Batch) Parse(params string[] records)
    {
        var parser = new LogParser(BuiltInLogTypes.CreateRegistry());
        var batch = new EventBatch();
        var source = new LogSource("test");
        var bytes = records.Select(Encoding.UTF8.GetBytes).ToArray();

        Rounds(100);
        var next = 100;
        var allocated = Allocations.Measure(() => Parse(++next));
        return (allocated, batch);

        void Rounds(int count)
        {
            for (var round = 0; round < count; round++)
            {
                Parse(round + 1);
            }
        }

        void Parse(int line)
        {
            batch.Clear();
            foreach (var record in bytes)
            {
                parser.Parse(record, source, new RecordPosition(line, 0, 0), batch);
            }
        }
    }
}
