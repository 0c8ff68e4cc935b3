using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Tests.CloudTrail;

namespace Panther.Parsing.Tests.Osquery;

/// <summary>
/// <see cref="LeafComparer"/> for osquery events. The BCL cannot read <c>calendarTime</c>
/// (<c>Tue Nov  5 06:08:26 2018 UTC</c>), so its coercion to RFC 3339 is checked here against an independent reading
/// instead of being reported as a change.
/// </summary>
internal static class OsqueryLeaves
{
    private const string CalendarTimePath = "$.calendarTime";

    public static List<string> FindMissingLeaves(JsonElement input, JsonElement output)
    {
        var missing = LeafComparer.FindMissingLeaves(input, output);
        missing.RemoveAll(m => m.StartsWith(CalendarTimePath + ":", StringComparison.Ordinal)
            && IsSameInstant(input.GetProperty("calendarTime"), output.GetProperty("calendarTime")));
        return missing;
    }

    private static bool IsSameInstant(JsonElement written, JsonElement normalized)
    {
        var expected = OsqueryCorpusTests.ExpectedEventTime(written.GetString());
        return expected is not null
            && DateTimeOffset.TryParse(normalized.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var actual)
            && actual.UtcDateTime == expected;
    }
}
