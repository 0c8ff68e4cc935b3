using System.Text;

namespace Panther.Schemas.Time;

/// <summary>Compiles a strftime pattern into the steps that <see cref="StrftimeFormat"/> runs over bytes.</summary>
internal static class StrftimePattern
{
    /// <summary>Checks the pattern and returns its steps.</summary>
    /// <exception cref="ArgumentException">The pattern is blank, or its directives are unknown or missing.</exception>
    public static StrftimeToken[] Compile(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        var tokens = new List<StrftimeToken>();
        Append(pattern, pattern, tokens);

        while (tokens.Count > 0 && tokens[^1].Kind == StrftimeTokenKind.Spaces)
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        while (tokens.Count > 0 && tokens[0].Kind == StrftimeTokenKind.Spaces)
        {
            tokens.RemoveAt(0);
        }

        if (!tokens.Exists(token => token.Kind is not (StrftimeTokenKind.Literal or StrftimeTokenKind.Spaces)))
        {
            throw Invalid(pattern, "has no directive for any part of a date or time.");
        }

        return [.. tokens];
    }

    private static void Append(string pattern, string original, List<StrftimeToken> tokens)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '%')
            {
                i++;
                if (i == pattern.Length)
                {
                    throw Invalid(original, "ends with a lone '%'.");
                }

                AppendDirective(pattern[i], original, tokens);
            }
            else if (c == ' ')
            {
                if (tokens.Count == 0 || tokens[^1].Kind != StrftimeTokenKind.Spaces)
                {
                    tokens.Add(new StrftimeToken(StrftimeTokenKind.Spaces));
                }
            }
            else
            {
                i += AppendLiteral(pattern.AsSpan(i), tokens) - 1;
            }
        }
    }

    private static void AppendDirective(char directive, string original, List<StrftimeToken> tokens)
    {
        switch (directive)
        {
            case 'T':
                Append("%H:%M:%S", original, tokens);
                return;
            case 'F':
                Append("%Y-%m-%d", original, tokens);
                return;
            case 'D':
                Append("%m/%d/%y", original, tokens);
                return;
            case 'R':
                Append("%H:%M", original, tokens);
                return;
            case '%':
                tokens.Add(new StrftimeToken(StrftimeTokenKind.Literal, (byte)'%'));
                return;
        }

        var kind = directive switch
        {
            'Y' => StrftimeTokenKind.Year,
            'y' => StrftimeTokenKind.ShortYear,
            'm' => StrftimeTokenKind.Month,
            'd' => StrftimeTokenKind.Day,
            'e' => StrftimeTokenKind.SpacePaddedDay,
            'H' => StrftimeTokenKind.Hour,
            'k' => StrftimeTokenKind.SpacePaddedHour,
            'I' => StrftimeTokenKind.TwelveHour,
            'l' => StrftimeTokenKind.SpacePaddedTwelveHour,
            'p' => StrftimeTokenKind.Meridiem,
            'M' => StrftimeTokenKind.Minute,
            'S' => StrftimeTokenKind.Second,
            'f' => StrftimeTokenKind.Fraction,
            'z' => StrftimeTokenKind.Offset,
            'Z' => StrftimeTokenKind.ZoneName,
            'b' or 'h' or 'B' => StrftimeTokenKind.MonthName,
            'a' or 'A' => StrftimeTokenKind.WeekdayName,
            'j' => StrftimeTokenKind.DayOfYear,
            's' => StrftimeTokenKind.UnixSeconds,
            _ => throw Invalid(original, $"uses the unknown directive '%{directive}'."),
        };
        tokens.Add(new StrftimeToken(kind));
    }

    private static int AppendLiteral(ReadOnlySpan<char> rest, List<StrftimeToken> tokens)
    {
        Span<byte> utf8 = stackalloc byte[4];
        Rune.DecodeFromUtf16(rest, out var rune, out var charsConsumed);
        var length = rune.EncodeToUtf8(utf8);

        foreach (var value in utf8[..length])
        {
            tokens.Add(new StrftimeToken(StrftimeTokenKind.Literal, value));
        }

        return charsConsumed;
    }

    private static ArgumentException Invalid(string pattern, string problem) =>
        new($"The timestamp pattern '{pattern}' {problem}", nameof(pattern));
}
