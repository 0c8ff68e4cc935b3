using System.Buffers;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Parsing.Framing;

/// <summary>
/// Streams the elements of a JSON array that holds a file's events: a document <c>{"Records":[...]}</c> (one or
/// several in a row, pretty-printed or on one line) or a top-level array <c>[...]</c>. Each element is parsed as soon
/// as it is complete; the array is never loaded whole. When the data does not start such a document, the framer
/// stops and asks for line framing from that point (<see cref="WantsLines"/>).
/// </summary>
internal sealed class ArrayFramer(LogParser parser, LogSource source) : RecordFramer(parser, source)
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowMultipleValues = true, MaxDepth = 1024 };

    private JsonReaderState _state = new(ReaderOptions);
    private Phase _phase = Phase.DocumentStart;
    private bool _rootArray;
    private string _member = "";
    private long _record;
    private int _skipDepth;
    private Normalization.CompiledSchema? _owner;

    private enum Phase
    {
        DocumentStart,
        Elements,
        AfterArray,
        SkippingOversized,
        Broken,
    }

    /// <summary>Gets a value indicating whether the data is not an array document and lines should take over.</summary>
    public bool WantsLines { get; private set; }

    public override bool TryReadRecord(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        if (buffer.IsEmpty || WantsLines)
        {
            return false;
        }

        try
        {
            return _phase switch
            {
                Phase.DocumentStart => TryStartDocument(ref buffer, isFinal),
                Phase.Elements => TryReadElement(ref buffer, isFinal, batch),
                Phase.AfterArray => TryReadAfterArray(ref buffer, isFinal, batch),
                Phase.SkippingOversized => TrySkipOversized(ref buffer, isFinal),
                _ => DiscardBroken(ref buffer),
            };
        }
        catch (JsonException ex)
        {
            return Break(ref buffer, batch, ex);
        }
    }

    private bool TryStartDocument(ref ReadOnlySequence<byte> buffer, bool isFinal)
    {
        var reader = new Utf8JsonReader(buffer, isFinal, _state);
        try
        {
            if (!reader.Read())
            {
                if (isFinal)
                {
                    Consume(ref buffer, buffer.Length);
                }

                return false;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                _rootArray = true;
                _member = "";
                _owner = null;
                return Enter(ref buffer, ref reader, Phase.Elements);
            }

            if (reader.TokenType != JsonTokenType.StartObject || !reader.Read())
            {
                return FallBackUnlessIncomplete(reader.TokenType != JsonTokenType.StartObject, isFinal);
            }

            if (reader.TokenType != JsonTokenType.PropertyName || !IsArrayEnvelopeMember(ref reader))
            {
                return FallBackUnlessIncomplete(true, isFinal);
            }

            _member = reader.GetString()!;
            _owner = Parser.FindArrayEnvelopeOwner(System.Text.Encoding.UTF8.GetBytes(_member));
            if (!reader.Read())
            {
                return FallBackUnlessIncomplete(false, isFinal);
            }

            return reader.TokenType == JsonTokenType.StartArray
                ? Enter(ref buffer, ref reader, Phase.Elements)
                : FallBackUnlessIncomplete(true, isFinal);
        }
        catch (JsonException)
        {
            return FallBackUnlessIncomplete(true, isFinal);
        }
    }

    private bool FallBackUnlessIncomplete(bool mismatch, bool isFinal)
    {
        if (mismatch || isFinal)
        {
            WantsLines = true;
        }

        return false;
    }

    private bool IsArrayEnvelopeMember(ref Utf8JsonReader reader)
    {
        foreach (var member in Parser.ArrayEnvelopeMembers)
        {
            if (reader.ValueTextEquals(member))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryReadElement(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        var reader = new Utf8JsonReader(buffer, isFinal, _state);
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return Enter(ref buffer, ref reader, _rootArray ? Phase.DocumentStart : Phase.AfterArray);
        }

        var start = reader.TokenStartIndex;
        var isContainer = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
        if (isContainer && !reader.TrySkip())
        {
            return buffer.Length - start > Parser.Options.MaxRecordBytes
                && StartSkippingOversized(ref buffer, start, batch);
        }

        _record++;
        var element = buffer.Slice(start, reader.Position);
        var position = new RecordPosition(Line + CountLines(buffer.Slice(0, start)), _record, Offset + start);
        if (reader.TokenType is JsonTokenType.EndObject)
        {
            Parser.Parse(Contiguous(element), Source, position, batch, _owner);
        }
        else
        {
            batch.Quarantine(new QuarantinedRecord(Source.Name, position,
                $"an element of '{Describe()}' is not a JSON object", element.ToArray()));
        }

        return Enter(ref buffer, ref reader, Phase.Elements);
    }

    private bool StartSkippingOversized(ref ReadOnlySequence<byte> buffer, long start, EventBatch batch)
    {
        _record++;
        var position = new RecordPosition(Line + CountLines(buffer.Slice(0, start)), _record, Offset + start);
        var kept = buffer.Slice(start, Math.Min(buffer.Length - start, Parser.Options.MaxQuarantinedBytes));
        Parser.QuarantineOversized(kept.ToArray(), Source, position, batch);
        _skipDepth = 0;
        _phase = Phase.SkippingOversized;
        return true;
    }

    /// <summary>Reads the oversized element token by token, consuming as it goes, until the element ends.</summary>
    private bool TrySkipOversized(ref ReadOnlySequence<byte> buffer, bool isFinal)
    {
        var reader = new Utf8JsonReader(buffer, isFinal, _state);
        while (reader.Read())
        {
            _skipDepth += reader.TokenType switch
            {
                JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
                JsonTokenType.EndObject or JsonTokenType.EndArray => -1,
                _ => 0,
            };
            if (_skipDepth == 0)
            {
                return Enter(ref buffer, ref reader, Phase.Elements);
            }
        }

        _state = reader.CurrentState;
        Consume(ref buffer, reader.BytesConsumed);
        return false;
    }

    private bool TryReadAfterArray(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        var reader = new Utf8JsonReader(buffer, isFinal, _state);
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return Enter(ref buffer, ref reader, Phase.DocumentStart);
        }

        var name = reader.GetString();
        var start = reader.TokenStartIndex;
        if (!reader.Read() || !reader.TrySkip())
        {
            return false;
        }

        var position = new RecordPosition(Line + CountLines(buffer.Slice(0, start)), 0, Offset + start);
        batch.Quarantine(new QuarantinedRecord(Source.Name, position,
            $"unexpected member '{name}' beside '{_member}' in the container document",
            buffer.Slice(start, reader.Position).ToArray()));
        return Enter(ref buffer, ref reader, Phase.AfterArray);
    }

    private bool Enter(ref ReadOnlySequence<byte> buffer, ref Utf8JsonReader reader, Phase next)
    {
        _state = reader.CurrentState;
        _phase = next;
        Consume(ref buffer, buffer.Slice(0, reader.Position).Length);
        return true;
    }

    private bool Break(ref ReadOnlySequence<byte> buffer, EventBatch batch, JsonException ex)
    {
        var kept = buffer.Slice(0, Math.Min(buffer.Length, Parser.Options.MaxQuarantinedBytes));
        var position = new RecordPosition(Line, 0, Offset);
        var reason = $"'{Describe()}' array is cut off or invalid after {_record} complete records: " +
            (ex.Message.Split(" LineNumber:")[0].TrimEnd('.'));
        batch.Quarantine(new QuarantinedRecord(Source.Name, position, reason, kept.ToArray(),
            truncated: kept.Length < buffer.Length));
        _phase = Phase.Broken;
        Consume(ref buffer, buffer.Length);
        return true;
    }

    public override void Finish(EventBatch batch)
    {
        if (_phase is Phase.Elements or Phase.AfterArray or Phase.SkippingOversized)
        {
            var position = new RecordPosition(Line, 0, Offset);
            batch.Quarantine(new QuarantinedRecord(Source.Name, position,
                $"'{Describe()}' array is cut off after {_record} complete records: the input ended inside it",
                ReadOnlyMemory<byte>.Empty));
            _phase = Phase.Broken;
        }
    }

    private bool DiscardBroken(ref ReadOnlySequence<byte> buffer)
    {
        Consume(ref buffer, buffer.Length);
        return false;
    }

    private string Describe() => _rootArray ? "top-level array" : _member;
}
