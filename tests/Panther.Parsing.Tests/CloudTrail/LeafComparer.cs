using System.Globalization;
using System.Text.Json;

namespace Panther.Parsing.Tests.CloudTrail;

/// <summary>
/// Checks that every leaf value of an input event is present at the same path of its normalized output, equal as
/// written or after a coercion the schema asked for (a number sent as a string, a timestamp normalized to UTC).
/// </summary>
internal static class LeafComparer
{
    /// <summary>Asserts that no event lost a leaf value of its input.</summary>
    public static void AssertEveryLeafKept(IEnumerable<ParsedEvent> events)
    {
        foreach (var evt in events)
        {
            using var input = JsonDocument.Parse(evt.Input);
            Assert.Empty(FindMissingLeaves(input.RootElement, evt.Json));
        }
    }

    public static List<string> FindMissingLeaves(JsonElement input, JsonElement output, string path = "$")
    {
        var missing = new List<string>();
        Compare(input, output, path, missing);
        return missing;
    }

    private static void Compare(JsonElement input, JsonElement output, string path, List<string> missing)
    {
        switch (input.ValueKind)
        {
            case JsonValueKind.Object:
                if (output.ValueKind != JsonValueKind.Object)
                {
                    missing.Add($"{path}: object became {output.ValueKind}");
                    return;
                }

                foreach (var member in input.EnumerateObject())
                {
                    if (!output.TryGetProperty(member.Name, out var value))
                    {
                        missing.Add($"{path}.{member.Name}: missing");
                        continue;
                    }

                    Compare(member.Value, value, $"{path}.{member.Name}", missing);
                }

                break;
            case JsonValueKind.Array:
                if (output.ValueKind != JsonValueKind.Array || output.GetArrayLength() != input.GetArrayLength())
                {
                    missing.Add($"{path}: array changed");
                    return;
                }

                var i = 0;
                foreach (var (a, b) in input.EnumerateArray().Zip(output.EnumerateArray()))
                {
                    Compare(a, b, $"{path}[{i++}]", missing);
                }

                break;
            default:
                if (!LeafEquals(input, output))
                {
                    missing.Add($"{path}: {input.GetRawText()} became {output.GetRawText()}");
                }

                break;
        }
    }

    private static bool LeafEquals(JsonElement input, JsonElement output)
    {
        if (input.GetRawText() == output.GetRawText())
        {
            return true;
        }

        var inputText = input.ValueKind == JsonValueKind.String ? input.GetString()! : input.GetRawText();
        var outputText = output.ValueKind == JsonValueKind.String ? output.GetString()! : output.GetRawText();
        if (inputText == outputText)
        {
            return true;
        }

        if (decimal.TryParse(inputText, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(outputText, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return x == y;
        }

        if (bool.TryParse(inputText, out var p) && bool.TryParse(outputText, out var q))
        {
            return p == q;
        }

        return DateTimeOffset.TryParse(inputText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                out var t)
            && DateTimeOffset.TryParse(outputText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                out var u)
            && t == u;
    }
}
