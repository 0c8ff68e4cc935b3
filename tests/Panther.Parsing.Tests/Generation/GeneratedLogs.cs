using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Tests.Generation;

/// <summary>Generated events of one log type: as JSON lines, as documents, and parsed with every built-in type
/// registered.</summary>
internal static class GeneratedLogs
{
    public static byte[] JsonLines(string logType, int count, int seed)
    {
        using var output = new MemoryStream();
        SampleGenerators.WriteJsonLines(SampleGenerators.Get(logType), count, seed, output);
        return output.ToArray();
    }

    public static IReadOnlyList<JsonElement> Documents(string logType, int count, int seed) =>
        [.. SampleGenerators.Generate(SampleGenerators.Get(logType), count, seed)
            .Select(json => JsonDocument.Parse(json).RootElement)];

    public static Task<ParseRun> ParseAsync(string logType, int count, int seed) =>
        ParseRun.ReadAsync(JsonLines(logType, count, seed));
}
