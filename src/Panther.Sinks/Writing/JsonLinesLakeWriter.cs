using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Panther.Parsing;
using Panther.Parsing.Events;
using Panther.Sinks.Layout;
using Panther.Sinks.Storage;

namespace Panther.Sinks.Writing;

/// <summary>
/// Writes the lake as gzip JSON lines instead of Parquet, in the same folders and partitions:
/// <c>logs/aws_cloudtrail/year=2026/month=12/day=03/hour=15/20261203T155501Z-ID.json.gz</c>. Each line of a log table
/// is the normalized event (<see cref="NormalizedEvent.WriteTo"/>); a rule match or rule error adds the rule members
/// (<c>p_rule_id</c>, <c>p_alert_id</c>, ...); an alert snapshot has the members of the alerts table. This is the
/// format for tools that read JSON (Athena's JSON SerDe, Snowflake's <c>TYPE = JSON</c>, <c>jq</c>); the embedded
/// queries (<c>panther query</c>, <c>search</c>, <c>alerts</c>) read Parquet.
/// </summary>
/// <remarks>
/// Lines are buffered per table and hour and written when a buffer reaches
/// <see cref="JsonLinesLakeWriterOptions.MaxBufferBytes"/>, when all buffers together reach
/// <see cref="JsonLinesLakeWriterOptions.MaxTotalBufferBytes"/> (the largest goes first), on
/// <see cref="FlushAsync"/> and on dispose. Files appear whole, as for Parquet. Not thread-safe.
/// </remarks>
public sealed class JsonLinesLakeWriter : ILakeSink
{
    /// <summary>The extension of the files.</summary>
    public const string FileExtension = ".json.gz";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ILakeObjectStore _store;
    private readonly JsonLinesLakeWriterOptions _options;
    private readonly Dictionary<(LakeDatabase Database, string Table, DateTime Hour), MemoryStream> _buffers = [];
    private long _buffered;

    /// <summary>Initializes a new instance of the <see cref="JsonLinesLakeWriter"/> class.</summary>
    /// <param name="store">Where the files go: a local folder or an S3 bucket.</param>
    /// <param name="options">Buffer sizes and the clock that names files.</param>
    public JsonLinesLakeWriter(ILakeObjectStore store, JsonLinesLakeWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new JsonLinesLakeWriterOptions();
    }

    /// <summary>Gets the number of files written.</summary>
    public long FilesWritten { get; private set; }

    /// <inheritdoc/>
    public async ValueTask WriteAsync(EventBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            var evt = batch[i];
            await AppendAsync(LakeDatabase.Logs, evt.Schema.TableName, evt.EventTime, evt.WriteTo, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public ValueTask WriteRuleMatchAsync(NormalizedEvent evt, RuleMatchInfo match,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(match);
        var database = match.Error is null ? LakeDatabase.RuleMatches : LakeDatabase.RuleErrors;
        var eventJson = Serialize(evt.WriteTo);
        return AppendAsync(database, evt.Schema.TableName, evt.EventTime, writer =>
        {
            using var document = JsonDocument.Parse(eventJson);
            writer.WriteStartObject();
            foreach (var member in document.RootElement.EnumerateObject())
            {
                member.WriteTo(writer);
            }

            writer.WriteString(LakeColumns.RuleId, match.RuleId);
            WriteOptional(writer, LakeColumns.AlertId, match.AlertId);
            WriteJson(writer, LakeColumns.AlertContext, match.AlertContextJson);
            WriteTime(writer, LakeColumns.AlertCreationTime, match.AlertCreationTime);
            WriteTime(writer, LakeColumns.AlertUpdateTime, match.AlertUpdateTime);
            WriteStrings(writer, LakeColumns.RuleTags, match.Tags);
            WriteReports(writer, LakeColumns.RuleReports, match.Reports);
            WriteOptional(writer, LakeColumns.RuleError, match.Error);
            writer.WriteEndObject();
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public async ValueTask WriteAlertsAsync(IReadOnlyCollection<LakeAlertRecord> alerts,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        foreach (var alert in alerts)
        {
            await AppendAsync(LakeDatabase.Alerts, LakeLayout.AlertsTable, alert.UpdateTime,
                writer => WriteAlert(writer, alert), cancellationToken).ConfigureAwait(false);
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        foreach (var key in _buffers.Keys.ToList())
        {
            await WriteFileAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await FlushAsync().ConfigureAwait(false);

    private async ValueTask AppendAsync(LakeDatabase database, string table, DateTime time,
        Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var key = (database, table, LakeLayout.GetPartitionHour(time));
        if (!_buffers.TryGetValue(key, out var buffer))
        {
            buffer = new MemoryStream();
            _buffers.Add(key, buffer);
        }

        var before = buffer.Length;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        _buffered += buffer.Length - before;
        if (buffer.Length >= _options.MaxBufferBytes)
        {
            await WriteFileAsync(key, cancellationToken).ConfigureAwait(false);
        }

        while (_buffered >= _options.MaxTotalBufferBytes && _buffers.Count > 0)
        {
            var largest = _buffers.MaxBy(pair => pair.Value.Length).Key;
            await WriteFileAsync(largest, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask WriteFileAsync((LakeDatabase Database, string Table, DateTime Hour) key,
        CancellationToken cancellationToken)
    {
        var buffer = _buffers[key];
        _buffers.Remove(key);
        _buffered -= buffer.Length;
        if (buffer.Length == 0)
        {
            return;
        }

        var now = _options.TimeProvider.GetUtcNow().UtcDateTime;
        var name = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-"
            + Guid.CreateVersion7().ToString("N") + FileExtension;
        using var compressed = new MemoryStream();
        var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        await using (gzip.ConfigureAwait(false))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
        }

        compressed.Position = 0;
        await _store.PutAsync(LakeLayout.GetObjectKey(key.Database, key.Table, key.Hour, name), compressed,
            cancellationToken).ConfigureAwait(false);
        FilesWritten++;
    }

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static void WriteAlert(Utf8JsonWriter writer, LakeAlertRecord alert)
    {
        writer.WriteStartObject();
        writer.WriteString("alert_id", alert.AlertId);
        writer.WriteString("type", alert.Type);
        writer.WriteString("rule_id", alert.RuleId);
        WriteOptional(writer, "rule_version", alert.RuleVersion);
        writer.WriteString("title", alert.Title);
        writer.WriteString("severity", alert.Severity);
        writer.WriteString("dedup", alert.Dedup);
        WriteTime(writer, "creation_time", alert.CreationTime);
        WriteTime(writer, "update_time", alert.UpdateTime);
        writer.WriteNumber("event_count", alert.EventCount);
        writer.WriteBoolean("raised", alert.Raised);
        WriteStrings(writer, "log_types", alert.LogTypes);
        WriteStrings(writer, "tags", alert.Tags);
        WriteReports(writer, "reports", alert.Reports);
        WriteJson(writer, "context", alert.ContextJson);
        WriteOptional(writer, "description", alert.Description);
        WriteOptional(writer, "runbook", alert.Runbook);
        WriteOptional(writer, "reference", alert.Reference);
        WriteStrings(writer, "destinations", alert.Destinations);
        WriteOptional(writer, "error", alert.Error);
        WriteJson(writer, "summary", alert.SummaryJson);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTime? time)
    {
        if (time is { } value)
        {
            var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
            writer.WriteString(name, utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes JSON text as a nested value; text that is not JSON is written as a string.</summary>
    private static void WriteJson(Utf8JsonWriter writer, string name, string? json)
    {
        writer.WritePropertyName(name);
        if (json is null)
        {
            writer.WriteNullValue();
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            document.RootElement.WriteTo(writer);
        }
        catch (JsonException)
        {
            writer.WriteStringValue(json);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteReports(Utf8JsonWriter writer, string name,
        IReadOnlyDictionary<string, IReadOnlyList<string>> reports)
    {
        writer.WriteStartObject(name);
        foreach (var (framework, ids) in reports)
        {
            WriteStrings(writer, framework, ids);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Settings of <see cref="JsonLinesLakeWriter"/>.</summary>
public sealed class JsonLinesLakeWriterOptions
{
    /// <summary>Gets the uncompressed size at which a table's hour is written as a file; 64 MiB by default.</summary>
    public long MaxBufferBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Gets the uncompressed size of all buffers together at which the largest is written; 128 MiB by
    /// default.</summary>
    public long MaxTotalBufferBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Gets the clock that names files; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
