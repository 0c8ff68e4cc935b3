using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Parsing.CloudTrail;
using Panther.Parsing.Okta;
using Panther.Parsing.Osquery;
using Panther.Parsing.Suricata;

namespace Panther.Parsing.Generation;

/// <summary>
/// The sample generators of the built-in log types, and helpers that turn them into JSON lines. Used by
/// <c>panther generate</c> and by the benchmarks.
/// </summary>
public static class SampleGenerators
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Gets a generator for each built-in log type, in the order of <see cref="BuiltInLogTypes.All"/>.
    /// </summary>
    public static IReadOnlyList<ISampleGenerator> All { get; } =
    [
        new CloudTrailSampleGenerator(),
        new CloudTrailDigestSampleGenerator(),
        new CloudTrailInsightSampleGenerator(),
        .. OsqueryLogTypes.All.Select(s => new OsquerySampleGenerator(s.Name)),
        new OktaSampleGenerator(),
        .. SuricataLogTypes.All.Select(s => new SuricataSampleGenerator(s.Name)),
    ];

    /// <summary>Finds the generator of a log type.</summary>
    /// <param name="logType">The log type name.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="KeyNotFoundException">No generator exists for that type; the message lists those that
    /// do.</exception>
    public static ISampleGenerator Get(string logType) =>
        All.FirstOrDefault(g => g.LogType == logType)
        ?? throw new KeyNotFoundException(
            $"No sample generator for '{logType}'. Available: {string.Join(", ", All.Select(g => g.LogType))}.");

    /// <summary>Writes <paramref name="count"/> events as JSON lines (LF after each) to a stream.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="count">How many events.</param>
    /// <param name="seed">The seed; the same seed gives the same bytes.</param>
    /// <param name="output">Where the lines go.</param>
    public static void WriteJsonLines(ISampleGenerator generator, long count, int seed, Stream output)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        for (long i = 0; i < count; i++)
        {
            generator.Write(writer, random, i);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount > 48 * 1024)
            {
                output.Write(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }

        output.Write(buffer.WrittenSpan);
    }

    /// <summary>Generates events as separate UTF-8 JSON documents.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="count">How many events.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>One byte array per event.</returns>
    public static IReadOnlyList<byte[]> Generate(ISampleGenerator generator, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var random = new Random(seed);
        var events = new List<byte[]>(count);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        for (var i = 0; i < count; i++)
        {
            generator.Write(writer, random, i);
            writer.Flush();
            events.Add(buffer.WrittenSpan.ToArray());
            writer.Reset();
            buffer.ResetWrittenCount();
        }

        return events;
    }
}
