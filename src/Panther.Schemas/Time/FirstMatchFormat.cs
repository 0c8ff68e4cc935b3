namespace Panther.Schemas.Time;

/// <summary>Tries several formats in order; the first that parses wins.</summary>
internal sealed class FirstMatchFormat(TimestampFormat[] formats) : TimestampFormat
{
    public override string Name { get; } = string.Join(" | ", formats.Select(f => f.Name));

    public override bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime utc)
    {
        foreach (var format in formats)
        {
            if (format.TryParse(utf8Text, out utc))
            {
                return true;
            }
        }

        utc = default;
        return false;
    }
}
