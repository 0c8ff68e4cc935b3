using System.Text;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Schemas;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests;

/// <summary>
/// Parses an input and hands every batch to a sink, keeping each event's normalized JSON (by <c>p_row_id</c>) as
/// the expected content of its row. With a rule, every event the rule returns a match for is also written as a rule
/// match, while the batch is still current.
/// </summary>
internal static class LakeRun
{
    public static readonly DateTime ParseTime = new(2026, 12, 3, 16, 52, 42, DateTimeKind.Utc);

    public static async Task<Dictionary<string, JsonElement>> WriteAsync(ILakeSink sink, byte[] input,
        LogTypeRegistry registry, int batchSize = 256, Func<NormalizedEvent, RuleMatchInfo?>? rule = null)
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
            foreach (var evt in batch.Events)
            {
                if (rule?.Invoke(evt) is { } match)
                {
                    await sink.WriteRuleMatchAsync(evt, match);
                }
            }
        }

        return expected;
    }

    public static Task<Dictionary<string, JsonElement>> WriteAsync(ILakeSink sink, string jsonLines,
        LogTypeRegistry registry, int batchSize = 256, Func<NormalizedEvent, RuleMatchInfo?>? rule = null) =>
        WriteAsync(sink, Encoding.UTF8.GetBytes(jsonLines), registry, batchSize, rule);

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
