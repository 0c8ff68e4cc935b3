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
    private bool _documentLineOpen;

    private enum Phase
    {
        DocumentStart,
        Elements,
        AfterArray,
        SkippingOversized,
        LooseElements,
        LooseAfterArray,
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

        if (_phase != Phase.Broken && SkipWhiteSpace(ref buffer, batch))
        {
            return true;
        }

        try
        {
            return _phase switch
            {
                Phase.DocumentStart => TryStartDocument(ref buffer, isFinal),
                Phase.Elements => TryReadElement(ref buffer, isFinal, batch),
                Phase.AfterArray => TryReadAfterArray(ref buffer, isFinal, batch),
                Phase.SkippingOversized => TrySkipOversized(ref buffer, isFinal),
                Phase.LooseElements => TryReadLooseElement(ref buffer, isFinal, batch),
                Phase.LooseAfterArray => TryEndLooseDocument(ref buffer),
                _ => DiscardBroken(ref buffer),
            };
        }
        catch (JsonException ex)
        {
            return Recover(ref buffer, isFinal, batch, ex);
        }
    }

    /// <summary>
    /// Consumes the white space at the start of the buffer. JSON white space between tokens does not change the
    /// reader's state, and consuming it here keeps long runs of it from being scanned again with every read.
    /// </summary>
    /// <remarks>
    /// Between documents each line break skipped ends a blank line, except the one that ends a document's own line;
    /// those are counted as the line framer counts them.
    /// </remarks>
    /// <returns><see langword="true"/> when white space was consumed.</returns>
    private bool SkipWhiteSpace(ref ReadOnlySequence<byte> buffer, EventBatch batch)
    {
        var reader = new SequenceReader<byte>(buffer);
        var skipped = reader.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r', (byte)'\n');
        if (skipped == 0)
        {
            return false;
        }

        if (_phase == Phase.DocumentStart)
        {
            var lines = CountLines(buffer.Slice(0, skipped));
            for (var i = _documentLineOpen && lines > 0 ? 1 : 0; i < lines; i++)
            {
                batch.AddBlankLine();
            }

            _documentLineOpen &= lines == 0;
        }

        Consume(ref buffer, skipped);
        return true;
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
            _documentLineOpen = _rootArray;
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
            _documentLineOpen = true;
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

    /// <summary>
    /// Keeps going after invalid JSON inside the array: the bytes from the failed element up to the next point where
    /// an element plainly starts again (<c>}</c>, a comma, then <c>{</c>) are quarantined, and the elements after it
    /// are read one by one. Without such a point the rest of the input is quarantined, up to the size limit (the
    /// record is then marked truncated).
    /// </summary>
    private bool Recover(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch, JsonException ex)
    {
        var resync = FindNextElementStart(buffer);
        if (resync < 0 && !isFinal && buffer.Length <= Parser.Options.MaxRecordBytes)
        {
            return false;
        }

        var broken = resync < 0 ? buffer : buffer.Slice(0, resync);
        var kept = broken.Slice(0, Math.Min(broken.Length, Parser.Options.MaxQuarantinedBytes));
        var position = new RecordPosition(Line, _record + 1, Offset);
        var message = ex.Message.Split(" LineNumber:")[0].TrimEnd('.');
        var reason = $"invalid JSON inside the '{Describe()}' array after {_record} complete records: " +
            (message.Length > 200 ? message[..200] + "..." : message);
        batch.Quarantine(new QuarantinedRecord(Source.Name, position, reason, kept.ToArray(),
            truncated: kept.Length < broken.Length));
        _record++;
        _phase = resync < 0 ? Phase.Broken : Phase.LooseElements;
        Consume(ref buffer, broken.Length);
        return true;
    }

    /// <summary>
    /// Finds where the next element (or the next line of a JSON-lines file that began like an array) starts: a
    /// <c>{</c> that follows a <c>}</c> and usually a comma, or that starts a line; white space allowed between.
    /// Returns -1 when there is none in the buffer.
    /// </summary>
    private static long FindNextElementStart(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(Math.Min(1, buffer.Length));
        while (reader.TryAdvanceToAny("}\n"u8, advancePastDelimiter: false))
        {
            reader.TryRead(out var delimiter);
            var probe = reader;
            probe.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r', (byte)'\n');
            if (delimiter == (byte)'}' && probe.IsNext((byte)',', advancePast: true))
            {
                probe.AdvancePastAny((byte)' ', (byte)'\t', (byte)'\r', (byte)'\n');
            }

            if (probe.IsNext((byte)'{'))
            {
                return probe.Consumed;
            }
        }

        return -1;
    }

    /// <summary>Reads one element after a recovery, with a fresh reader, until the array ends.</summary>
    private bool TryReadLooseElement(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        var first = buffer.FirstSpan.IsEmpty ? buffer.ToArray()[0] : buffer.FirstSpan[0];
        if (first == (byte)',')
        {
            Consume(ref buffer, 1);
            return true;
        }

        if (first == (byte)']')
        {
            Consume(ref buffer, 1);
            _state = new JsonReaderState(ReaderOptions);
            _documentLineOpen = _rootArray;
            _phase = _rootArray ? Phase.DocumentStart : Phase.LooseAfterArray;
            return true;
        }

        var reader = new Utf8JsonReader(buffer, isFinal, new JsonReaderState(ReaderOptions));
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
        {
            if (buffer.Length > Parser.Options.MaxRecordBytes)
            {
                throw new JsonException("the element is larger than the record limit");
            }

            return false;
        }

        _record++;
        var element = buffer.Slice(0, reader.Position);
        var position = new RecordPosition(Line, _record, Offset);
        if (reader.TokenType is JsonTokenType.EndObject)
        {
            Parser.Parse(Contiguous(element), Source, position, batch, _owner);
        }
        else
        {
            batch.Quarantine(new QuarantinedRecord(Source.Name, position,
                $"an element of '{Describe()}' is not a JSON object", element.ToArray()));
        }

        Consume(ref buffer, element.Length);
        return true;
    }

    /// <summary>Ends a container document read after a recovery: its closing brace, or lines from here on.</summary>
    private bool TryEndLooseDocument(ref ReadOnlySequence<byte> buffer)
    {
        var first = buffer.FirstSpan.IsEmpty ? buffer.ToArray()[0] : buffer.FirstSpan[0];
        if (first == (byte)'}')
        {
            Consume(ref buffer, 1);
            _documentLineOpen = true;
            _phase = Phase.DocumentStart;
            return true;
        }

        WantsLines = true;
        return false;
    }

    public override void Finish(EventBatch batch)
    {
        if (_phase is Phase.Elements or Phase.AfterArray or Phase.SkippingOversized or Phase.LooseElements
            or Phase.LooseAfterArray)
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
