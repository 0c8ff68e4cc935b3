using System.Globalization;

namespace Panther.Parsing.Events;

/// <summary>Where a record starts in its source.</summary>
/// <param name="Line">The 1-based line number where the record starts, or 0 when not known.</param>
/// <param name="Record">
/// The 1-based index of the record inside a container array (such as CloudTrail's <c>Records</c>), or 0 when the
/// record is a whole line.
/// </param>
/// <param name="ByteOffset">The offset of the record's first byte in the (decompressed) source.</param>
public readonly record struct RecordPosition(long Line, long Record, long ByteOffset)
{
    /// <summary>Describes the position for people: <c>line 12</c>, <c>record 3</c>, plus the byte offset.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var where = (Line, Record) switch
        {
            (> 0, > 0) => string.Create(CultureInfo.InvariantCulture, $"line {Line}, record {Record}"),
            (> 0, _) => string.Create(CultureInfo.InvariantCulture, $"line {Line}"),
            (_, > 0) => string.Create(CultureInfo.InvariantCulture, $"record {Record}"),
            _ => "start",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{where} (byte {ByteOffset})");
    }
}
