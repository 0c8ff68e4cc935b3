namespace Panther.Schemas.Time;

/// <summary>
/// Parses timestamps written with a strftime-style pattern. The pattern is compiled once into steps that run over
/// the input bytes; see <see cref="TimestampFormat.Custom"/> for the directives.
/// </summary>
internal sealed class StrftimeFormat : TimestampFormat
{
    private readonly string _pattern;

    private readonly StrftimeToken[] _tokens;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is blank or uses an unknown directive.</exception>
    public StrftimeFormat(string pattern)
    {
        _tokens = StrftimePattern.Compile(pattern);
        _pattern = pattern;
    }

    /// <inheritdoc />
    public override string Name => _pattern;

    /// <inheritdoc />
    public override bool TryParse(ReadOnlySpan<byte> utf8Text, out DateTime utc)
    {
        utc = default;
        var text = AsciiText.Trim(utf8Text);
        var position = 0;
        var fields = default(StrftimeFields);

        foreach (var token in _tokens)
        {
            if (!StrftimeTokenReader.TryRead(token, text, ref position, ref fields))
            {
                return false;
            }
        }

        return position == text.Length && fields.TryToUtc(out utc);
    }
}
