using System.Buffers.Text;

namespace Panther.Schemas.Time;

/// <summary>
/// Parses a count of seconds, milliseconds, microseconds or nanoseconds since the Unix epoch: an integer, a
/// decimal fraction or an exponent form such as <c>1.5e9</c>, negative for instants before 1970.
/// </summary>
/// <remarks>
/// The number is read as a <see cref="decimal"/>, which holds every nanosecond count in the range of
/// <see cref="DateTime"/> exactly, so no precision is lost to binary floating point. Parts of a tick are
/// dropped toward the earlier instant.
/// </remarks>
internal sealed class UnixFormat : TimestampFormat
{
    private readonly string _name;

    private readonly decimal _ticksPerUnit;

    private readonly decimal _minValue;

    private readonly decimal _maxValue;

    /// <summary>Creates the format for one unit.</summary>
    /// <param name="unit">What the number counts.</param>
    /// <param name="name">The schema name of the format.</param>
    public UnixFormat(UnixTimeUnit unit, string name)
    {
        _name = name;
        _ticksPerUnit = unit switch
        {
            UnixTimeUnit.Seconds => TimeSpan.TicksPerSecond,
            UnixTimeUnit.Milliseconds => TimeSpan.TicksPerMillisecond,
            UnixTimeUnit.Microseconds => TimeSpan.TicksPerMicrosecond,
            UnixTimeUnit.Nanoseconds => 1m / TimeSpan.NanosecondsPerTick,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown Unix time unit."),
        };
        _minValue = -UtcDateTime.UnixEpochTicks / _ticksPerUnit;
        _maxValue = (DateTime.MaxValue.Ticks - UtcDateTime.UnixEpochTicks) / _ticksPerUnit;
    }

    /// <inheritdoc />
    public override string Name => _name;

    /// <inheritdoc />
    public override bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime utc)
    {
        utc = default;
        var text = AsciiText.Trim(utf8Text);

        if (text.IsEmpty || !Utf8Parser.TryParse(text, out decimal value, out var consumed) || consumed != text.Length)
        {
            return false;
        }

        if (value < _minValue || value > _maxValue)
        {
            return false;
        }

        var ticks = (long)decimal.Floor(value * _ticksPerUnit);
        return UtcDateTime.TryFromTicks(UtcDateTime.UnixEpochTicks + ticks, out utc);
    }
}
