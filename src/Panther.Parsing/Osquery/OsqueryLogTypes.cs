using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Osquery;

/// <summary>
/// The osquery log types: the three shapes of scheduled query results (<c>Osquery.Differential</c>,
/// <c>Osquery.Batch</c>, <c>Osquery.Snapshot</c>) and the daemon's own status log (<c>Osquery.Status</c>), written
/// with the public schema API like any user schema.
/// </summary>
/// <remarks>
/// osquery writes every column value as a string unless <c>--log_numerics_as_numbers</c> is set, and has written the
/// header numbers (<c>unixTime</c>, <c>epoch</c>, <c>counter</c>) both as strings and as numbers over the years, so
/// integers accept either form, and column values are strings that keep a number sent in their place as its text.
/// The flag itself arrives as a boolean or as the string <c>"true"</c>, and says nothing reliable about the columns.
/// </remarks>
public static class OsqueryLogTypes
{
    private const string Logging = "https://osquery.readthedocs.io/en/stable/deployment/logging/";

    private static readonly Uri LoggingPage = new(Logging);

    /// <summary>
    /// Gets the format of <c>calendarTime</c>, such as <c>Tue Nov  5 06:08:26 2018 UTC</c>: a day of the month
    /// below ten is padded with a space, which the pattern's spaces absorb.
    /// </summary>
    public static TimestampFormat CalendarTimeFormat { get; } = TimestampFormat.Custom("%a %b %e %H:%M:%S %Y UTC");

    /// <summary>Gets the schema of differential results: one row added to or removed from a query's result.</summary>
    public static LogSchema Differential { get; } = new("Osquery.Differential")
    {
        Description = "osquery differential results: one row that appeared in or disappeared from the result of a "
            + "scheduled query since its previous run.",
        ReferenceUrl = LoggingPage,
        Fields =
        [
            QueryName() with { Required = true },
            Field.String("action") with
            {
                Required = true,
                AllowedValues = ["added", "removed"],
                Description = "Whether the row was added to or removed from the result.",
            },
            ResultRow("columns") with { Required = true, Description = "The row: column names and their values." },
            .. ResultHeader(),
        ],
    };

    /// <summary>Gets the schema of batched results: the rows added and removed since a query's last run.</summary>
    public static LogSchema Batch { get; } = new("Osquery.Batch")
    {
        Description = "osquery batched differential results: all the rows that appeared in or disappeared from the "
            + "result of a scheduled query since its previous run, in one record.",
        ReferenceUrl = LoggingPage,
        Fields =
        [
            Field.Object("diffResults",
                ResultRows("added") with { Description = "The rows that appeared." },
                ResultRows("removed") with { Description = "The rows that disappeared." }) with
            {
                Required = true,
                Description = "The changes since the previous run.",
            },
            QueryName() with { Required = true },
            .. ResultHeader(),
        ],
    };

    /// <summary>Gets the schema of snapshot results: the whole result of one run of a query.</summary>
    public static LogSchema Snapshot { get; } = new("Osquery.Snapshot")
    {
        Description = "osquery snapshot results: every row of one run of a scheduled query configured with "
            + "\"snapshot\": true.",
        ReferenceUrl = LoggingPage,
        Fields =
        [
            Field.String("action") with
            {
                Required = true,
                AllowedValues = ["snapshot"],
                Description = "Always snapshot.",
            },
            ResultRows("snapshot") with { Required = true, Description = "Every row of the result." },
            QueryName(),
            .. ResultHeader(),
        ],
    };

    /// <summary>Gets the schema of the status log: the daemon's own messages, warnings and errors.</summary>
    public static LogSchema Status { get; } = new("Osquery.Status")
    {
        Description = "osquery status logs: the messages, warnings and errors of the osquery daemon itself, with "
            + "the source line that wrote them.",
        ReferenceUrl = new Uri(Logging + "#status-logs"),
        Fields =
        [
            Field.String("filename") with
            {
                Required = true,
                Description = "The osquery source file that wrote the message.",
            },
            Field.Int64("line") with { Required = true, Description = "The line in that source file." },
            Field.Int64("severity") with
            {
                Required = true,
                Description = "0 for information, 1 for a warning, 2 for an error, 3 for a fatal error.",
            },
            Field.String("version") with { Required = true, Description = "The osquery version that wrote it." },
            Field.String("message") with { Description = "The message." },
            HostIdentifier(),
            CalendarTime(),
            UnixTime(),
            Decorations(),
            LogType(),
        ],
    };

    /// <summary>Gets the four osquery log types.</summary>
    public static IReadOnlyList<LogSchema> All { get; } = [Differential, Batch, Snapshot, Status];

    /// <summary>The members every result log carries beside its rows: host, times, counters and decorations.</summary>
    private static SchemaField[] ResultHeader() =>
    [
        HostIdentifier(),
        Field.String("hostname", IndicatorKind.Hostname) with
        {
            Description = "The host's name, as older osquery versions wrote it in place of hostIdentifier.",
        },
        CalendarTime(),
        UnixTime(),
        Epoch(),
        Counter(),
        Numerics(),
        LogNumericsAsNumbers(),
        Decorations(),
        LogType(),
    ];

    private static SchemaField QueryName() =>
        Field.String("name") with { Description = "The name of the scheduled query, with its pack's prefix." };

    private static SchemaField HostIdentifier() =>
        Field.String("hostIdentifier", IndicatorKind.Hostname) with
        {
            Description = "The host, as configured by --host_identifier: its host name, UUID or an instance id.",
        };

    private static SchemaField CalendarTime() =>
        Field.Timestamp("calendarTime", CalendarTimeFormat, isEventTime: true) with
        {
            Description = "When the query ran, in UTC, as text such as Tue Nov  5 06:08:26 2018 UTC.",
        };

    private static SchemaField UnixTime() =>
        Field.Int64("unixTime") with { Description = "When the query ran, in seconds since the Unix epoch." };

    private static SchemaField Epoch() =>
        Field.Int64("epoch") with { Description = "The epoch set by the configuration, to tell result sets apart." };

    private static SchemaField Counter() =>
        Field.Int64("counter") with { Description = "How many times the query has run within the epoch." };

    private static SchemaField Numerics() =>
        Field.Boolean("numerics") with { Description = "Whether numeric columns were logged as JSON numbers." };

    private static SchemaField LogNumericsAsNumbers() =>
        Field.Boolean("logNumericsAsNumbers") with
        {
            Description = "The newer name of numerics; some versions write it as the string \"true\".",
        };

    private static SchemaField Decorations() =>
        Field.Map("decorations", FieldType.String) with
        {
            KeyIndicators = [.. OsqueryIndicators.ColumnRules],
            Description = "Values that the decorator queries add to every result, such as the host name.",
        };

    private static SchemaField LogType() =>
        Field.String("log_type") with { Description = "result or status, added by some loggers." };

    private static SchemaField ResultRow(string name) =>
        Field.Map(name, FieldType.String) with { KeyIndicators = [.. OsqueryIndicators.ColumnRules] };

    private static SchemaField ResultRows(string name) =>
        Field.Array(name, FieldType.Map(FieldType.String)) with
        {
            KeyIndicators = [.. OsqueryIndicators.ColumnRules],
        };
}
