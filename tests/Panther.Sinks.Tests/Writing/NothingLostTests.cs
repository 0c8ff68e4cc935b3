using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panther.Parsing;
using Panther.Parsing.Generation;
using Panther.Schemas;
using Panther.Sinks.Layout;
using Panther.Sinks.Query;
using Panther.Sinks.Writing;

namespace Panther.Sinks.Tests.Writing;

/// <summary>
/// The lake keeps everything: for generated events of every built-in log type, every value of the input is found
/// in the Parquet row read back, in its typed column or in <c>p_overflow</c>, and the normalized event holds the
/// input unchanged beside its <c>p_*</c> fields. The only change allowed is the documented one: timestamps are kept
/// to the millisecond.
/// </summary>
public class NothingLostTests
{
    public static TheoryData<string> LogTypes() => [.. SampleGenerators.All.Select(g => g.LogType)];

    [Theory]
    [MemberData(nameof(LogTypes))]
    public async Task Every_input_value_is_in_the_normalized_event_and_in_the_parquet_row(string logType)
    {
        var generator = SampleGenerators.Get(logType);
        var inputs = new[] { 1, 2 }.SelectMany(seed => SampleGenerators.Generate(generator, 60, seed)).ToList();
        using var lake = new TempLake();
        Dictionary<string, JsonElement> normalized;
        await using (var writer = new ParquetLakeWriter(lake.Layout))
        {
            var lines = string.Join("\n", inputs.Select(Encoding.UTF8.GetString));
            normalized = await LakeRun.WriteAsync(writer, lines, BuiltInLogTypes.CreateRegistry(), batchSize: 32);
        }

        using var query = new LakeQuery(lake.Layout);
        var table = LogTypeName.ToTableName(logType);
        var rows = query.Execute($"SELECT p_row_id, to_json(t) AS row FROM {table} t").Rows
            .ToDictionary(r => (string)r["p_row_id"]!, r => JsonNode.Parse((string)r["row"]!)!.AsObject());

        Assert.Equal(inputs.Count, normalized.Count);
        Assert.Equal(inputs.Count, rows.Count);
        var events = normalized.Values.ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = JsonNode.Parse(inputs[i])!.AsObject();
            var evt = JsonNode.Parse(events[i].GetRawText())!.AsObject();
            var rowId = evt["p_row_id"]!.GetValue<string>();
            var row = rows[rowId];
            var overflow = row["p_overflow"] is JsonValue text
                ? JsonNode.Parse(text.GetValue<string>())!.AsObject()
                : new JsonObject();
            var missing = new List<string>();
            Compare(input, evt, "", [], missing);
            Assert.True(missing.Count == 0, $"{logType} event {i} lost: {string.Join("; ", missing.Take(5))}");
            Compare(input, row, "", overflow, missing);
            Assert.True(missing.Count == 0, $"{logType} row {i} lost: {string.Join("; ", missing.Take(5))}");
        }
    }

    [Fact]
    public void A_value_found_neither_in_its_column_nor_in_the_overflow_is_reported()
    {
        var input = JsonNode.Parse("""{"a":{"b":1,"c":"x","d":[1,2]},"t":"2026-12-01T00:00:00.1234Z"}""");
        var stored = JsonNode.Parse("""{"a":{"b":1.0,"d":[1]},"t":"2026-12-01 00:00:00.123+00"}""");
        var missing = new List<string>();

        Compare(input, stored, "", new JsonObject { ["a.d[1]"] = 2 }, missing);

        Assert.Equal(["a.c: \"x\" became nothing"], missing);
    }

    private static void Compare(JsonNode? input, JsonNode? stored, string path, JsonObject overflow,
        List<string> missing)
    {
        if (input is null)
        {
            return;
        }

        if (overflow.TryGetPropertyValue(path, out var kept) && JsonNode.DeepEquals(input, kept))
        {
            return;
        }

        if (stored is JsonValue json && json.TryGetValue<string>(out var text) && input is JsonObject or JsonArray)
        {
            if (!JsonNode.DeepEquals(input, TryParse(text)))
            {
                missing.Add($"{path}: JSON column holds {text}");
            }

            return;
        }

        switch (input)
        {
            case JsonObject obj:
                var storedObject = stored as JsonObject;
                foreach (var (name, value) in obj)
                {
                    var child = storedObject is null ? null
                        : storedObject.TryGetPropertyValue(name, out var raw) ? raw
                        : storedObject[LakeColumnName.From(name)];
                    Compare(value, child, path.Length == 0 ? name : $"{path}.{name}", overflow, missing);
                }

                break;
            case JsonArray array:
                var storedArray = stored as JsonArray;
                for (var i = 0; i < array.Count; i++)
                {
                    var child = storedArray is not null && i < storedArray.Count ? storedArray[i] : null;
                    Compare(array[i], child, $"{path}[{i}]", overflow, missing);
                }

                break;
            default:
                if (!SameScalar((JsonValue)input, stored as JsonValue))
                {
                    missing.Add($"{path}: {input.ToJsonString()} became {stored?.ToJsonString() ?? "nothing"}");
                }

                break;
        }
    }

    private static bool SameScalar(JsonValue input, JsonValue? stored)
    {
        if (stored is null)
        {
            return input.GetValueKind() == JsonValueKind.Null;
        }

        if (JsonNode.DeepEquals(input, stored))
        {
            return true;
        }

        var storedText = stored.GetValueKind() == JsonValueKind.String
            ? stored.GetValue<string>()
            : stored.ToJsonString();
        var inputText = input.GetValueKind() == JsonValueKind.String ? input.GetValue<string>() : input.ToJsonString();
        if (inputText == storedText)
        {
            return true;
        }

        if (double.TryParse(inputText, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(storedText, NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
        {
            return Math.Abs(a - b) <= Math.Max(Math.Abs(a), 1) * 1e-6;
        }

        return Instant(storedText) is { } storedTime && InputInstants(inputText).Any(t => t == storedTime);
    }

    /// <summary>Reads a timestamp as DuckDB writes it (<c>2026-12-01 00:00:00.297+00</c>), to the millisecond.
    /// </summary>
    private static DateTime? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? Truncate(time.UtcDateTime)
            : null;

    /// <summary>The instants an input value may stand for: a written time (ISO 8601, or osquery's
    /// <c>Tue Dec  1 00:00:00 2026 UTC</c>), or a Unix time in seconds, milliseconds, microseconds or nanoseconds;
    /// each to the millisecond, as the lake keeps them.</summary>
    private static IEnumerable<DateTime> InputInstants(string text)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            yield return Truncate(time.UtcDateTime);
        }

        var words = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateTime.TryParseExact(words, "ddd MMM d HH:mm:ss yyyy 'UTC'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var calendar))
        {
            yield return Truncate(calendar);
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            foreach (var perSecond in new[] { 1m, 1e3m, 1e6m, 1e9m })
            {
                var ticks = number / perSecond * TimeSpan.TicksPerSecond;
                if (Math.Abs(ticks) < DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks)
                {
                    yield return Truncate(DateTime.UnixEpoch.AddTicks((long)ticks));
                }
            }
        }
    }

    private static DateTime Truncate(DateTime time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
