using Panther.Sinks.Query;

namespace Panther.Sinks.Search;

/// <summary>
/// Searches every log table of a local lake at once for indicators, through the <c>p_any_*</c> columns, with the
/// embedded DuckDB engine: how many events per table hold each indicator, first and last seen, and the events
/// themselves on request.
/// </summary>
/// <example>
/// <code>
/// using var lake = new LakeQuery(new LakeLayout("lake"));
/// var search = new IndicatorSearch(lake);
/// Indicator.TryParse("203.0.113.7", out var ip, out _);
/// foreach (var match in search.Summarize([ip!]))
/// {
///     Console.WriteLine($"{match.Table}: {match.Events} events, {match.FirstSeen:u} to {match.LastSeen:u}");
/// }
/// </code>
/// </example>
public sealed class IndicatorSearch(LakeQuery lake)
{
    private readonly LakeQuery _lake = lake ?? throw new ArgumentNullException(nameof(lake));

    /// <summary>Counts, per indicator and table, the events holding the indicator.</summary>
    /// <param name="indicators">The indicators.</param>
    /// <param name="range">The time range; everything when null.</param>
    /// <returns>One match per indicator and table with events, in the order of the indicators, then by table.
    /// </returns>
    public IReadOnlyList<IndicatorMatch> Summarize(IEnumerable<Indicator> indicators, SearchRange? range = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var matches = new List<IndicatorMatch>();
        if (_lake.Tables.Count == 0)
        {
            return matches;
        }

        foreach (var indicator in indicators)
        {
            var statement = IndicatorSql.Summary(indicator, _lake.Tables, range, SearchDialect.DuckDb);
            var rows = _lake.Execute(statement.Sql + "\nORDER BY table_name", statement.Parameters).Rows;
            matches.AddRange(rows.Select(row => new IndicatorMatch(indicator, (string)row["table_name"]!,
                Convert.ToInt64(row["events"], System.Globalization.CultureInfo.InvariantCulture),
                ToUtc(row["first_seen"]), ToUtc(row["last_seen"]))));
        }

        return matches;
    }

    /// <summary>Lists the events holding an indicator, newest first: table, event time, log type and row id.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="range">The time range; everything when null.</param>
    /// <param name="limit">The most events listed.</param>
    /// <returns>The events; no rows when the lake has no log table.</returns>
    public LakeQueryResult FindEvents(Indicator indicator, SearchRange? range = null, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (_lake.Tables.Count == 0)
        {
            return _lake.Execute("SELECT NULL AS table_name WHERE false");
        }

        var statement = IndicatorSql.Events(indicator, _lake.Tables, range, limit, SearchDialect.DuckDb);
        return _lake.Execute(statement.Sql, statement.Parameters);
    }

    private static DateTime ToUtc(object? value) => value switch
    {
        DateTime time => time.ToUniversalTime(),
        DateTimeOffset time => time.UtcDateTime,
        _ => DateTime.MinValue,
    };
}

/// <summary>How many events of one table hold an indicator.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Table">The log table.</param>
/// <param name="Events">The number of events.</param>
/// <param name="FirstSeen">The earliest <c>p_event_time</c>, UTC.</param>
/// <param name="LastSeen">The latest <c>p_event_time</c>, UTC.</param>
public sealed record IndicatorMatch(Indicator Indicator, string Table, long Events, DateTime FirstSeen,
    DateTime LastSeen);
