using System.Globalization;
using System.Text.Json;
using Panther.Parsing;
using Panther.Schemas;
using Panther.Sinks.Query;
using Panther.Sinks.Search;
using Panther.Sinks.Writing;
using Panther.Tests.Shared;

namespace Panther.Sinks.Tests.Search;

public sealed class IndicatorSearchTests : IAsyncLifetime, IDisposable
{
    private readonly TempLake _lake = new();
    private readonly List<JsonElement> _events = [];

    public async Task InitializeAsync()
    {
        if (!TestCorpus.Exists)
        {
            return;
        }

        var inputs = new[]
        {
            TestCorpus.Path("cloudtrail", "stratus-red-team-detonation-logs.jsonl"),
            TestCorpus.Path("suricata", "suricata-sample-data-alerts.jsonl"),
        };
        await using var writer = new ParquetLakeWriter(_lake.Layout);
        foreach (var input in inputs)
        {
            var expected = await LakeRun.WriteAsync(writer, await File.ReadAllBytesAsync(input),
                BuiltInLogTypes.CreateRegistry());
            _events.AddRange(expected.Values);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _lake.Dispose();

    [SkippableFact]
    public void Counts_and_times_per_table_match_the_events_holding_each_indicator()
    {
        var indicators = new[]
        {
            MostCommon("p_any_ip_addresses"), MostCommon("p_any_aws_arns"), MostCommon("p_any_aws_account_ids"),
            MostCommon("p_any_domain_names"),
        };
        using var query = new LakeQuery(_lake.Layout);

        var matches = new IndicatorSearch(query).Summarize(indicators);

        var expected = indicators.SelectMany(indicator => Holding(indicator)
                .GroupBy(Table)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (indicator.Value, g.Key, (long)g.Count(), g.Min(EventTime), g.Max(EventTime))))
            .ToList();
        Assert.Equal(expected, matches.Select(m => (m.Indicator.Value, m.Table, m.Events, m.FirstSeen, m.LastSeen)));
        Assert.Contains(matches, m => m.Table == "aws_cloudtrail");
        Assert.Contains(matches, m => m.Table.StartsWith("suricata_", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_time_range_keeps_only_events_inside_it()
    {
        var ip = MostCommon("p_any_ip_addresses");
        var times = Holding(ip).Select(EventTime).Distinct().Order().ToList();
        Assert.True(times.Count >= 3, "the indicator needs events at three different times");
        var range = new SearchRange(new DateTimeOffset(times[1]), new DateTimeOffset(times[^1]));
        using var query = new LakeQuery(_lake.Layout);

        var matches = new IndicatorSearch(query).Summarize([ip], range);

        var inside = Holding(ip).Where(e => EventTime(e) >= times[1] && EventTime(e) < times[^1]).ToList();
        Assert.Equal(inside.Count, matches.Sum(m => m.Events));
        Assert.Equal(times[1], matches.Min(m => m.FirstSeen));
        Assert.True(matches.Max(m => m.LastSeen) < times[^1]);
    }

    [SkippableFact]
    public void A_range_open_at_either_end_keeps_the_events_on_its_side()
    {
        var ip = MostCommon("p_any_ip_addresses");
        var times = Holding(ip).Select(EventTime).Distinct().Order().ToList();
        var middle = times[times.Count / 2];
        using var query = new LakeQuery(_lake.Layout);
        var search = new IndicatorSearch(query);

        var after = search.Summarize([ip], new SearchRange(new DateTimeOffset(middle), null));
        var before = search.Summarize([ip], new SearchRange(null, new DateTimeOffset(middle)));

        Assert.Equal(Holding(ip).Count(e => EventTime(e) >= middle), after.Sum(m => m.Events));
        Assert.Equal(Holding(ip).Count(e => EventTime(e) < middle), before.Sum(m => m.Events));
        Assert.True(before.Sum(m => m.Events) > 0);
    }

    [SkippableFact]
    public void An_email_matches_whatever_its_case()
    {
        var email = MostCommonOrNull("p_any_emails");
        Skip.If(email is null, "the corpus has no email indicators");
        using var query = new LakeQuery(_lake.Layout);
        Assert.True(Indicator.TryParse("email:" + email.Value.ToUpperInvariant(), out var upper, out _));

        var matches = new IndicatorSearch(query).Summarize([upper!]);

        Assert.Equal(Holding(email).Count(), matches.Sum(m => m.Events));
    }

    [SkippableFact]
    public void Events_are_listed_newest_first_up_to_the_limit()
    {
        var arn = MostCommon("p_any_aws_arns");
        using var query = new LakeQuery(_lake.Layout);

        var rows = new IndicatorSearch(query).FindEvents(arn, limit: 5).Rows;

        var expected = Holding(arn)
            .OrderByDescending(EventTime)
            .ThenBy(e => e.GetProperty("p_row_id").GetString(), StringComparer.Ordinal)
            .Take(5)
            .Select(e => e.GetProperty("p_row_id").GetString())
            .ToList();
        Assert.Equal(expected, rows.Select(r => (string?)r["p_row_id"]));
        Assert.All(rows, r => Assert.Equal("aws_cloudtrail", r["table_name"]));
    }

    [SkippableFact]
    public void An_indicator_written_as_sql_is_only_a_value()
    {
        Skip.IfNot(TestCorpus.Exists, "the shared corpus is not present");
        Assert.True(Indicator.TryParse("user:x') OR true; DROP VIEW aws_cloudtrail; --", out var hostile, out _));
        using var query = new LakeQuery(_lake.Layout);
        var search = new IndicatorSearch(query);

        var matches = search.Summarize([hostile!]);
        var events = search.FindEvents(hostile!).Rows;

        Assert.Empty(matches);
        Assert.Empty(events);
        Assert.Equal(_events.Count(e => Table(e) == "aws_cloudtrail"),
            Convert.ToInt32(query.Execute("SELECT count(*) AS n FROM aws_cloudtrail").Rows[0]["n"],
                CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public void An_indicator_no_event_holds_has_no_matches()
    {
        Skip.IfNot(TestCorpus.Exists, "the shared corpus is not present");
        Assert.True(Indicator.TryParse("192.0.2.254", out var unseen, out _));
        Assert.Empty(Holding(unseen!));
        using var query = new LakeQuery(_lake.Layout);

        Assert.Empty(new IndicatorSearch(query).Summarize([unseen!]));
    }

    [Fact]
    public void An_empty_lake_has_nothing_to_search()
    {
        using var empty = new TempLake();
        using var query = new LakeQuery(empty.Layout);
        Assert.True(Indicator.TryParse("203.0.113.7", out var ip, out _));

        Assert.Empty(new IndicatorSearch(query).Summarize([ip!]));
        Assert.Empty(new IndicatorSearch(query).FindEvents(ip!).Rows);
    }

    private Indicator MostCommon(string column) =>
        MostCommonOrNull(column) ?? throw new InvalidOperationException($"No event has a value in {column}.");

    private Indicator? MostCommonOrNull(string column)
    {
        Skip.IfNot(TestCorpus.Exists, "the shared corpus is not present");
        var value = _events
            .SelectMany(e => e.TryGetProperty(column, out var set) ? set.EnumerateArray() : [])
            .Select(v => v.GetString()!)
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key;
        if (value is null)
        {
            return null;
        }

        var kind = column switch
        {
            "p_any_ip_addresses" => "ip",
            "p_any_aws_arns" => "arn",
            "p_any_aws_account_ids" => "account",
            "p_any_emails" => "email",
            _ => "domain",
        };
        Assert.True(Indicator.TryParse($"{kind}:{value}", out var indicator, out var error), error);
        Assert.Equal(column, indicator!.Column.Name);
        return indicator;
    }

    private IEnumerable<JsonElement> Holding(Indicator indicator) =>
        _events.Where(e => e.TryGetProperty(indicator.Column.Name, out var set)
            && set.EnumerateArray().Any(v => v.GetString() == indicator.Value));

    private static string Table(JsonElement evt) =>
        LogTypeName.ToTableName(evt.GetProperty("p_log_type").GetString()!);

    /// <summary>Reads an event's time at the lake's precision, milliseconds.</summary>
    private static DateTime EventTime(JsonElement evt)
    {
        var time = DateTime.Parse(evt.GetProperty("p_event_time").GetString()!, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        return time.AddTicks(-(time.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
