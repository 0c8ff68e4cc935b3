using System.Text;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Rules.Detections;
using Panther.Rules.Runtimes;
using Panther.Rules.Specs;
using Panther.Schemas;
using Panther.Schemas.Yaml;

namespace Panther.Fuzz;

/// <summary>
/// The code under fuzzing, one target per name. A target takes any bytes; refusing them with the exception its API
/// documents for bad input is fine, and any other exception is a crash for the fuzzer to keep.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The registry, made on first use: instrumented code must not run before the fuzzer has set up its
    /// shared memory, so nothing of Panther runs when this class is loaded.</summary>
    private static readonly Lazy<LogTypeRegistry> Registry = new(BuiltInLogTypes.CreateRegistry);

    /// <summary>Gets the targets by name.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["classify"] = data => ParseRecord(data, null),
        ["cloudtrail"] = data => ParseRecord(data, "AWS.CloudTrail"),
        ["okta"] = data => ParseRecord(data, "Okta.SystemLog"),
        ["osquery"] = data => ParseRecord(data, "Osquery.Differential"),
        ["suricata"] = data => ParseRecord(data, "Suricata.Alert"),
        ["stream"] = ReadStream,
        ["rule-yaml"] = ReadRule,
        ["schema-yaml"] = ReadSchema,
    };

    /// <summary>Parses one record; the parser must never throw: bad records are quarantined.</summary>
    private static void ParseRecord(byte[] data, string? logType)
    {
        var parser = new LogParser(Registry.Value, new LogParserOptions { LogType = logType });
        var batch = new EventBatch();
        parser.Parse(data, new LogSource("fuzz"), new RecordPosition(1, 1, 0), batch);
        if (batch.Count + batch.Quarantined.Count + batch.Skipped != 1)
        {
            throw new InvalidOperationException($"one record gave {batch.Count} events, "
                + $"{batch.Quarantined.Count} quarantined, {batch.Skipped} skipped");
        }
    }

    /// <summary>Reads bytes as an input file (plain or gzip, JSON lines or a CloudTrail Records file); reading must
    /// never throw for bad content.</summary>
    private static void ReadStream(byte[] data)
    {
        var reader = new LogReader(new LogParser(Registry.Value, new LogParserOptions
        {
            MaxDecompressedBytes = 16L * 1024 * 1024,
        }));
        using var stream = new MemoryStream(data);
        var batches = reader.ReadAsync(stream, new LogSource("fuzz")).GetAsyncEnumerator();
        try
        {
            while (batches.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
            }
        }
        finally
        {
            batches.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void ReadRule(byte[] data)
    {
        try
        {
            var spec = RuleSpecReader.Read(Encoding.UTF8.GetString(data), "/fuzz/rule.yml", out _);
            if (spec?.Detection is not null)
            {
                SimpleDetectionCompiler.Compile(spec);
            }
        }
        catch (RuleLoadException)
        {
        }
    }

    private static void ReadSchema(byte[] data)
    {
        try
        {
            YamlSchemaLoader.Load(Encoding.UTF8.GetString(data), "fuzz.yml");
        }
        catch (SchemaException)
        {
        }
    }
}
