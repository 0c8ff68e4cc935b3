using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Schemas;

namespace Panther.Parsing.Tests;

/// <summary>Everything one read of an input produced, copied out of the reused batches.</summary>
internal sealed class ParseRun
{
    public List<ParsedEvent> Events { get; } = [];

    public List<QuarantinedRecord> Quarantined { get; } = [];

    public int Skipped { get; private set; }

    public int BlankLines { get; private set; }

    public static readonly DateTime ParseTime = new(2026, 12, 3, 15, 0, 0, DateTimeKind.Utc);

    public static Task<ParseRun> ReadAsync(string text, string? logType = null, LogTypeRegistry? registry = null,
        Action<LogParserOptions>? configure = null) =>
        ReadAsync(Encoding.UTF8.GetBytes(text), logType, registry, configure);

    public static async Task<ParseRun> ReadAsync(byte[] input, string? logType = null,
        LogTypeRegistry? registry = null, Action<LogParserOptions>? configure = null, string source = "test-input")
    {
        var options = new LogParserOptions { LogType = logType, TimeProvider = new FixedTimeProvider(ParseTime) };
        configure?.Invoke(options);
        var parser = new LogParser(registry ?? BuiltInLogTypes.CreateRegistry(), options);
        var reader = new LogReader(parser);
        var run = new ParseRun();
        await using var stream = new MemoryStream(input);
        await foreach (var batch in reader.ReadAsync(stream, new LogSource(source, "src-1", "test label")))
        {
            run.Add(batch);
        }

        return run;
    }

    public static async Task<ParseRun> ReadFileAsync(string path, string? logType = null) =>
        await ReadAsync(await File.ReadAllBytesAsync(path), logType, source: path);

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public ParsedEvent Single(string eventName) =>
        Assert.Single(Events, e => e.Json.TryGetProperty("eventName", out var n) && n.GetString() == eventName);

    private void Add(EventBatch batch)
    {
        foreach (var evt in batch.Events)
        {
            Events.Add(ParsedEvent.From(evt));
        }

        Quarantined.AddRange(batch.Quarantined);
        Skipped += batch.Skipped;
        BlankLines += batch.BlankLines;
    }
}

/// <summary>A copy of a normalized event that outlives its batch.</summary>
internal sealed record ParsedEvent(string LogType, JsonElement Json, string Input, RecordPosition Position,
    DateTime EventTime, bool HasOwnEventTime, IReadOnlyList<ParseError> Errors)
{
    public static ParsedEvent From(NormalizedEvent evt)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            evt.WriteTo(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new ParsedEvent(evt.LogType, document.RootElement.Clone(), Encoding.UTF8.GetString(evt.Utf8Json),
            evt.Position, evt.EventTime, evt.HasOwnEventTime, [.. evt.ParseErrors]);
    }

    public IReadOnlyList<string> Indicators(string field) =>
        Json.TryGetProperty(field, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];
}

/// <summary>A clock that always says the same time.</summary>
internal sealed class FixedTimeProvider(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
}
