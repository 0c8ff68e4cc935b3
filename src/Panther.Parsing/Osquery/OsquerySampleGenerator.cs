using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Osquery;

/// <summary>
/// Made-up osquery logs of one of the four osquery log types, from a fleet of Linux and macOS hosts: differential
/// rows, snapshots and batches of scheduled queries (processes, listening ports, logged-in users, shell history, file
/// hashes, open sockets, accounts, packages), and the daemon's status messages. Header numbers are sometimes JSON
/// numbers and sometimes strings, as different osquery versions wrote them; some hosts set
/// <c>logNumericsAsNumbers</c>, as a boolean or as the string <c>"true"</c>, and most of them then write numeric
/// columns as numbers.
/// </summary>
/// <remarks>Create one per log type: <c>new OsquerySampleGenerator("Osquery.Snapshot")</c>.</remarks>
public sealed class OsquerySampleGenerator : ISampleGenerator
{
    /// <summary>Host identifiers; the last holds literal <c>\xHH</c> escapes, as some osquery versions write
    /// non-ASCII text.</summary>
    private static readonly string[] Hosts =
    [
        "web-01.prod.acme.example", "web-02.prod.acme.example", "build-agent-3", "db-primary.acme.internal",
        "ip-10-40-3-17.ec2.internal", "kais-macbook-pro.local", "4C4C4544-0051-3810-8042-C7C04F4B3732",
        "caf\\xC3\\xA9-kiosk-7",
    ];

    private static readonly (string File, int Line, int Severity, string Message)[] StatusMessages =
    [
        ("scheduler.cpp", 119, 0, "Executing scheduled query {0}"),
        ("scheduler.cpp", 119, 0, "Executing scheduled query {0}"),
        ("config.cpp", 811, 0, "Refreshing configuration state"),
        ("init.cpp", 414, 0, "osquery initialized [version={2}]"),
        ("distributed.cpp", 132, 0, "Executing distributed query: 7c1e2d3f-0a44-4b15-9e62-5c4b1a2f8d90"),
        ("tls.cpp", 251, 1, "TLS/HTTPS POST request to URI: https://fleet.acme.example/api/osquery/log failed"),
        ("watcher.cpp", 375, 1, "osqueryd worker ({1}) stopping: Maximum sustainable CPU utilization limit "
            + "exceeded: 12"),
        ("auditdnetlink.cpp", 553, 2, "Failed to set the netlink owner"),
        ("events.cpp", 874, 1, "Event publisher not enabled: BPFEventPublisher: Publisher disabled via configuration"),
    ];

    private readonly Shape _shape;

    /// <summary>Initializes a generator for one osquery log type.</summary>
    /// <param name="logType"><c>Osquery.Differential</c>, <c>Osquery.Batch</c>, <c>Osquery.Snapshot</c> or
    /// <c>Osquery.Status</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="logType"/> is not one of the four osquery
    /// types.</exception>
    public OsquerySampleGenerator(string logType)
    {
        ArgumentNullException.ThrowIfNull(logType);
        _shape = logType switch
        {
            "Osquery.Differential" => Shape.Differential,
            "Osquery.Batch" => Shape.Batch,
            "Osquery.Snapshot" => Shape.Snapshot,
            "Osquery.Status" => Shape.Status,
            _ => throw new ArgumentException($"'{logType}' is not an osquery log type.", nameof(logType)),
        };
        LogType = logType;
    }

    /// <summary>The four record shapes.</summary>
    private enum Shape
    {
        Differential,
        Batch,
        Snapshot,
        Status,
    }

    /// <inheritdoc />
    public string LogType { get; }

    /// <inheritdoc />
    public void Write(Utf8JsonWriter writer, Random random, long index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(random);
        var host = random.Pick(Hosts);
        var time = SampleRandom.Start.AddSeconds(index * 2 + random.Next(2));

        writer.WriteStartObject();
        if (_shape == Shape.Status)
        {
            WriteStatus(writer, random, host, time);
            writer.WriteEndObject();
            return;
        }

        var (name, writeRow) = random.Pick(OsquerySampleRows.Queries);
        var style = random.Next(10);
        var numbers = style == 9 || (style == 8 && random.OneIn(2));
        if (_shape == Shape.Batch)
        {
            WriteRows(writer, random, "diffResults", writeRow, numbers);
        }

        writer.WriteString("name", name);
        writer.WriteString(_shape == Shape.Batch && random.OneIn(5) ? "hostname" : "hostIdentifier", host);
        writer.WriteString("calendarTime", CalendarTime(time));
        WriteNumber(writer, "unixTime", new DateTimeOffset(time).ToUnixTimeSeconds(), style < 3);
        WriteNumber(writer, "epoch", 0, style < 3);
        WriteNumber(writer, "counter", index / 40 + random.Next(3), style < 3);
        switch (style)
        {
            case 8:
                writer.WriteString("logNumericsAsNumbers", "true");
                break;
            case 9:
                writer.WriteBoolean("logNumericsAsNumbers", true);
                break;
            default:
                writer.WriteBoolean("numerics", false);
                break;
        }

        WriteDecorations(writer, random, host);
        switch (_shape)
        {
            case Shape.Differential:
                writer.WriteStartObject("columns");
                writeRow(writer, random, numbers);
                writer.WriteEndObject();
                writer.WriteString("action", random.OneIn(3) ? "removed" : "added");
                break;
            case Shape.Snapshot:
                WriteRows(writer, random, "snapshot", writeRow, numbers);
                writer.WriteString("action", "snapshot");
                break;
        }

        if (random.OneIn(4))
        {
            writer.WriteString("log_type", "result");
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Formats a time as osquery's <c>calendarTime</c>: <c>Tue Nov  5 06:08:26 2018 UTC</c>, with a space before a
    /// one-digit day.
    /// </summary>
    /// <param name="utc">The time, in UTC.</param>
    /// <returns>The text.</returns>
    internal static string CalendarTime(DateTime utc) =>
        string.Create(CultureInfo.InvariantCulture, $"{utc:ddd MMM} {utc.Day,2} {utc:HH:mm:ss yyyy} UTC");

    private static void WriteRows(Utf8JsonWriter writer, Random random, string name,
        Action<Utf8JsonWriter, Random, bool> writeRow, bool numbers)
    {
        if (name == "snapshot")
        {
            writer.WriteStartArray(name);
            WriteRowList(writer, random, writeRow, numbers, random.OneIn(20) ? 60 : random.Next(6));
            writer.WriteEndArray();
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteStartArray("added");
        WriteRowList(writer, random, writeRow, numbers, random.Next(4));
        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        WriteRowList(writer, random, writeRow, numbers, random.Next(3));
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRowList(Utf8JsonWriter writer, Random random, Action<Utf8JsonWriter, Random, bool> row,
        bool numbers, int count)
    {
        for (var i = 0; i < count; i++)
        {
            writer.WriteStartObject();
            row(writer, random, numbers);
            writer.WriteEndObject();
        }
    }

    private static void WriteStatus(Utf8JsonWriter writer, Random random, string host, DateTime time)
    {
        var (file, line, severity, message) = random.Pick(StatusMessages);
        var asText = random.OneIn(3);
        var query = random.Pick(OsquerySampleRows.Queries).Name;
        writer.WriteString("hostIdentifier", host);
        writer.WriteString("calendarTime", CalendarTime(time));
        WriteNumber(writer, "unixTime", new DateTimeOffset(time).ToUnixTimeSeconds(), asText);
        WriteNumber(writer, "severity", severity, asText);
        writer.WriteString("filename", file);
        WriteNumber(writer, "line", line, asText);
        var version = random.OneIn(4) ? "5.12.2" : "5.14.1";
        writer.WriteString("message", string.Format(CultureInfo.InvariantCulture, message, query,
            random.Next(300, 90_000), version));
        writer.WriteString("version", version);
        WriteDecorations(writer, random, host);
        if (random.OneIn(3))
        {
            writer.WriteString("log_type", "status");
        }
    }

    private static void WriteDecorations(Utf8JsonWriter writer, Random random, string host)
    {
        if (random.OneIn(3))
        {
            return;
        }

        writer.WriteStartObject("decorations");
        writer.WriteString("host_uuid", random.Guid().ToUpperInvariant());
        writer.WriteString("hostname", host);
        if (random.OneIn(2))
        {
            writer.WriteString("environment", random.OneIn(3) ? "staging" : "production");
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, long value, bool asString)
    {
        if (asString)
        {
            writer.WriteString(name, value.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }
}
