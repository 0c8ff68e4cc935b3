using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Rules.Alerts;

/// <summary>
/// What an alert's events have in common: for each of the rule's <c>SummaryAttributes</c> (field paths), the distinct
/// values with their counts, and the first and last event time. Feed it every event added to the alert.
/// </summary>
/// <remarks>
/// At most <see cref="MaxValuesPerAttribute"/> distinct values are kept per attribute; later new values are counted
/// in <c>other</c>. Values of arrays count per element; objects count as their JSON text. Not thread-safe.
/// </remarks>
public sealed class AlertSummary
{
    /// <summary>The most distinct values kept per attribute.</summary>
    public const int MaxValuesPerAttribute = 100;

    private readonly (string Name, EventPath Path)[] _attributes;
    private readonly Dictionary<string, long>[] _counts;
    private readonly long[] _others;

    /// <summary>Initializes a new instance of the <see cref="AlertSummary"/> class.</summary>
    /// <param name="attributes">The field paths, as in <c>SummaryAttributes</c>.</param>
    /// <exception cref="FormatException">A path is not valid.</exception>
    public AlertSummary(IEnumerable<string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        _attributes = [.. attributes.Distinct(StringComparer.Ordinal).Select(name => (name, EventPath.Parse(name)))];
        _counts = [.. _attributes.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
        _others = new long[_attributes.Length];
    }

    /// <summary>Gets the number of events added.</summary>
    public long Events { get; private set; }

    /// <summary>Gets the earliest event time added, in UTC.</summary>
    public DateTime? FirstEventTime { get; private set; }

    /// <summary>Gets the latest event time added, in UTC.</summary>
    public DateTime? LastEventTime { get; private set; }

    /// <summary>Adds an event.</summary>
    /// <param name="evt">The event.</param>
    /// <param name="eventTime">The event's time, in UTC.</param>
    public void Add(RuleEvent evt, DateTime eventTime)
    {
        ArgumentNullException.ThrowIfNull(evt);
        Events++;
        FirstEventTime = FirstEventTime is { } first && first <= eventTime ? first : eventTime;
        LastEventTime = LastEventTime is { } last && last >= eventTime ? last : eventTime;
        for (var i = 0; i < _attributes.Length; i++)
        {
            _attributes[i].Path.Any(evt, i, (value, index) =>
            {
                Count(index, value);
                return false;
            });
        }
    }

    /// <summary>
    /// Adds an earlier summary of the same alert, as <see cref="ToJson"/> wrote it, so that the summary covers the
    /// alert's events across runs. Attributes the rule no longer has are ignored; text that is not a summary adds
    /// nothing.
    /// </summary>
    /// <param name="summaryJson">The earlier summary.</param>
    /// <returns><see langword="true"/> when the text was a summary and was added.</returns>
    public bool Merge(string summaryJson)
    {
        ArgumentNullException.ThrowIfNull(summaryJson);
        try
        {
            using var document = JsonDocument.Parse(summaryJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("events", out var events) || !events.TryGetInt64(out var eventCount))
            {
                return false;
            }

            Events += eventCount;
            MergeTime(root, "first_event_time", earliest: true);
            MergeTime(root, "last_event_time", earliest: false);
            if (root.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object)
            {
                for (var i = 0; i < _attributes.Length; i++)
                {
                    if (attributes.TryGetProperty(_attributes[i].Name, out var values)
                        && values.ValueKind == JsonValueKind.Array)
                    {
                        MergeValues(i, values);
                    }
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Writes the summary as a JSON object.</summary>
    /// <returns>
    /// An object with <c>events</c>, <c>first_event_time</c>, <c>last_event_time</c> and <c>attributes</c>: per path,
    /// a list of <c>{"value": ..., "count": ...}</c> sorted by count, then by value.
    /// </returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("events", Events);
            WriteTime(writer, "first_event_time", FirstEventTime);
            WriteTime(writer, "last_event_time", LastEventTime);
            writer.WriteStartObject("attributes");
            for (var i = 0; i < _attributes.Length; i++)
            {
                writer.WriteStartArray(_attributes[i].Name);
                foreach (var (value, count) in _counts[i].OrderByDescending(pair => pair.Value)
                    .ThenBy(pair => pair.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject();
                    writer.WriteString("value", value);
                    writer.WriteNumber("count", count);
                    writer.WriteEndObject();
                }

                if (_others[i] > 0)
                {
                    writer.WriteStartObject();
                    writer.WriteNull("value");
                    writer.WriteNumber("count", _others[i]);
                    writer.WriteBoolean("other", true);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void MergeTime(JsonElement root, string name, bool earliest)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String
            || !DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            return;
        }

        if (earliest)
        {
            FirstEventTime = FirstEventTime is { } first && first <= time ? first : time;
        }
        else
        {
            LastEventTime = LastEventTime is { } last && last >= time ? last : time;
        }
    }

    private void MergeValues(int attribute, JsonElement values)
    {
        foreach (var entry in values.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object
                || !entry.TryGetProperty("count", out var countValue) || !countValue.TryGetInt64(out var count)
                || count <= 0)
            {
                continue;
            }

            if (entry.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            {
                Count(attribute, value.GetString()!, count);
            }
            else
            {
                _others[attribute] += count;
            }
        }
    }

    private static void WriteTime(Utf8JsonWriter writer, string name, DateTime? time)
    {
        if (time is { } value)
        {
            writer.WriteString(name, value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private void Count(int attribute, EventValue value)
    {
        if (value.Kind == JsonValueKind.Array)
        {
            foreach (var element in value.EnumerateElements())
            {
                Count(attribute, element);
            }

            return;
        }

        var text = value.Kind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => null,
            JsonValueKind.Object => value.GetRawText(),
            _ => value.GetString(),
        };
        if (text is not null)
        {
            Count(attribute, text, 1);
        }
    }

    private void Count(int attribute, string text, long added)
    {
        var counts = _counts[attribute];
        if (counts.TryGetValue(text, out var count))
        {
            counts[text] = count + added;
        }
        else if (counts.Count < MaxValuesPerAttribute)
        {
            counts[text] = added;
        }
        else
        {
            _others[attribute] += added;
        }
    }
}
