using System.Text;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Schemas;

namespace Panther.Sinks.Tests;

/// <summary>
/// Parses an input and hands every batch to a sink, keeping each event's normalized JSON (by <c>p_row_id</c>) as
/// the expected content of its row.
/// </summary>
internal static class LakeRun
{
    public static readonly DateTime ParseTime = new(2026, 12, 3, 16, 52, 42, DateTimeKind.Utc);

    public static async Task<Dictionary<string, JsonElement>> WriteAsync(ILakeSink sink, byte[] input,
        LogTypeRegistry registry, int batchSize = 256)
    {
        var options = new LogParserOptions
        {
            TimeProvider = new ManualTimeProvider(new DateTimeOffset(ParseTime)),
            BatchSize = batchSize,
        };
        var reader = new LogReader(new LogParser(registry, options));
        var expected = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        await using var stream = new MemoryStream(input);
        await foreach (var batch in reader.ReadAsync(stream, new LogSource("test-input", "src-1", "test label")))
        {
            Assert.Empty(batch.Quarantined);
            foreach (var evt in batch.Events)
            {
                expected.Add(evt.GetRowId(), ToJson(evt));
            }

            await sink.WriteAsync(batch);
        }

        return expected;
    }

    public static Task<Dictionary<string, JsonElement>> WriteAsync(ILakeSink sink, string jsonLines,
        LogTypeRegistry registry, int batchSize = 256) =>
        WriteAsync(sink, Encoding.UTF8.GetBytes(jsonLines), registry, batchSize);

    private static JsonElement ToJson(NormalizedEvent evt)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            evt.WriteTo(writer);
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }
}
