using System.Buffers;
using Panther.Parsing.Events;

namespace Panther.Parsing.Framing;

/// <summary>
/// JSON lines: one record per line, LF or CRLF, any length up to <see cref="LogParserOptions.MaxRecordBytes"/>;
/// blank lines are counted and passed over. A line longer than the limit is quarantined with its first bytes and the
/// rest of it is skipped without being buffered.
/// </summary>
internal sealed class LineFramer(LogParser parser, LogSource source) : RecordFramer(parser, source)
{
    private bool _skippingOversized;

    public override bool TryReadRecord(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        if (buffer.IsEmpty)
        {
            return false;
        }

        var newline = buffer.PositionOf((byte)'\n');
        if (newline is null)
        {
            return TryReadUnterminated(ref buffer, isFinal, batch);
        }

        var line = buffer.Slice(0, newline.Value);
        var position = new RecordPosition(Line, 0, Offset);
        var skipping = _skippingOversized;
        _skippingOversized = false;
        Consume(ref buffer, line.Length + 1);
        if (!skipping)
        {
            ParseLine(line, position, batch);
        }

        return true;
    }

    private bool TryReadUnterminated(ref ReadOnlySequence<byte> buffer, bool isFinal, EventBatch batch)
    {
        if (_skippingOversized)
        {
            Consume(ref buffer, buffer.Length);
            return false;
        }

        if (buffer.Length > Parser.Options.MaxRecordBytes)
        {
            var position = new RecordPosition(Line, 0, Offset);
            var start = buffer.Slice(0, Math.Min(buffer.Length, Parser.Options.MaxQuarantinedBytes));
            Parser.QuarantineOversized(start.ToArray(), Source, position, batch);
            _skippingOversized = true;
            Consume(ref buffer, buffer.Length);
            return true;
        }

        if (!isFinal)
        {
            return false;
        }

        var last = buffer;
        var lastPosition = new RecordPosition(Line, 0, Offset);
        Consume(ref buffer, buffer.Length);
        ParseLine(last, lastPosition, batch);
        return true;
    }

    private void ParseLine(ReadOnlySequence<byte> line, RecordPosition position, EventBatch batch)
    {
        var span = Contiguous(line);
        if (span.Length > 0 && span[^1] == (byte)'\r')
        {
            span = span[..^1];
        }

        if (span.IsWhiteSpace())
        {
            batch.AddBlankLine();
            return;
        }

        Parser.Parse(span, Source, position, batch);
    }
}
