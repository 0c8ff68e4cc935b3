using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Panther.Parsing.Events;

namespace Panther.Parsing;

/// <summary>
/// A record that could not be turned into an event, kept with everything needed to find, understand and replay it:
/// the source, the position, the reason and the original bytes.
/// </summary>
public sealed class QuarantinedRecord
{
    /// <summary>Initializes a new quarantined record.</summary>
    /// <param name="source">The source name.</param>
    /// <param name="position">Where the record starts.</param>
    /// <param name="reason">Why it was quarantined.</param>
    /// <param name="data">The original bytes (possibly cut, see <paramref name="truncated"/>).</param>
    /// <param name="truncated">Whether <paramref name="data"/> holds only the start of a longer record.</param>
    public QuarantinedRecord(string source, RecordPosition position, string reason, ReadOnlyMemory<byte> data,
        bool truncated = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reason);
        Source = source;
        Position = position;
        Reason = reason;
        Data = data;
        IsTruncated = truncated;
    }

    /// <summary>Gets the source name, such as a file path.</summary>
    public string Source { get; }

    /// <summary>Gets where the record starts in its source.</summary>
    public RecordPosition Position { get; }

    /// <summary>Gets why the record was quarantined.</summary>
    public string Reason { get; }

    /// <summary>Gets the original bytes of the record.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>Gets a value indicating whether <see cref="Data"/> holds only the start of a longer record.</summary>
    public bool IsTruncated { get; }

    /// <summary>Gets the original bytes as text, with invalid UTF-8 replaced (allocates).</summary>
    /// <returns>The text.</returns>
    public string GetText() => Encoding.UTF8.GetString(Data.Span);

    /// <summary>
    /// Writes the record as one JSON object: <c>source</c>, <c>line</c>, <c>record</c>, <c>byte_offset</c>,
    /// <c>reason</c>, <c>truncated</c>, and the original bytes as <c>data</c> (text) when they are valid UTF-8, else as
    /// <c>data_base64</c>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("source", Source);
        writer.WriteNumber("line", Position.Line);
        writer.WriteNumber("record", Position.Record);
        writer.WriteNumber("byte_offset", Position.ByteOffset);
        writer.WriteString("reason", Reason);
        writer.WriteBoolean("truncated", IsTruncated);
        if (Utf8.IsValid(Data.Span))
        {
            writer.WriteString("data", Data.Span);
        }
        else
        {
            writer.WriteBase64String("data_base64", Data.Span);
        }

        writer.WriteEndObject();
    }

    /// <summary>Describes the record for people: source, position and reason.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Source}: {Position}: {Reason}";
}
