using System.Diagnostics.CodeAnalysis;

namespace Panther.Parsing.Okta;

/// <summary>
/// Reads the risk that Okta writes into <c>debugContext.debugData.risk</c>. It is not JSON but a Java map printed as
/// text, and its reasons hold commas: <c>{reasons=Anomalous Device, Anomalous Location, level=MEDIUM}</c>. The
/// parser keeps the text as it is; use <see cref="TryParse"/> to get the level and the reasons out of it.
/// </summary>
public static class OktaRisk
{
    private const string LevelKey = "level";

    private const string ReasonsKey = "reasons";

    /// <summary>
    /// Extracts the risk level and reasons from a risk text such as
    /// <c>{reasons=Anomalous Device, Anomalous Location, level=MEDIUM}</c> or <c>{level=LOW}</c>.
    /// </summary>
    /// <remarks>
    /// Entries are split only at a comma followed by a name and <c>=</c>, outside nested braces or brackets, so
    /// commas inside a value stay in it. Keys are compared without regard to case and may come in any order; other
    /// keys are ignored. The reasons are split at commas and trimmed; brackets around them are removed. Never throws.
    /// </remarks>
    /// <param name="text">The risk text; braces around it are optional.</param>
    /// <param name="level">The level as written (<c>LOW</c>, <c>MEDIUM</c> or <c>HIGH</c>), or
    /// <see langword="null"/> when there is none.</param>
    /// <param name="reasons">The reasons, in order; empty when there are none.</param>
    /// <returns><see langword="true"/> when the text holds a non-empty <c>level</c>.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? level,
        out IReadOnlyList<string> reasons)
    {
        level = null;
        reasons = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var body = Unwrap(text.AsSpan().Trim(), '{', '}');
        var start = 0;
        while (start < body.Length)
        {
            var end = FindEntryEnd(body, start);
            ReadEntry(body[start..end], ref level, ref reasons);
            start = end + 1;
        }

        if (string.IsNullOrEmpty(level))
        {
            level = null;
            return false;
        }

        return true;
    }

    private static void ReadEntry(ReadOnlySpan<char> entry, ref string? level, ref IReadOnlyList<string> reasons)
    {
        var equals = entry.IndexOf('=');
        if (equals <= 0)
        {
            return;
        }

        var key = entry[..equals].Trim();
        var value = entry[(equals + 1)..].Trim();
        if (key.Equals(LevelKey, StringComparison.OrdinalIgnoreCase))
        {
            level = value.ToString();
        }
        else if (key.Equals(ReasonsKey, StringComparison.OrdinalIgnoreCase))
        {
            reasons = SplitReasons(Unwrap(value, '[', ']'));
        }
    }

    private static string[] SplitReasons(ReadOnlySpan<char> value)
    {
        var reasons = new List<string>();
        foreach (var range in value.Split(','))
        {
            var reason = value[range].Trim();
            if (!reason.IsEmpty)
            {
                reasons.Add(reason.ToString());
            }
        }

        return [.. reasons];
    }

    /// <summary>
    /// Finds where the entry that starts at <paramref name="start"/> ends: at a comma, or at the end of the text.
    /// </summary>
    private static int FindEntryEnd(ReadOnlySpan<char> body, int start)
    {
        var depth = 0;
        for (var i = start; i < body.Length; i++)
        {
            switch (body[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0 && StartsWithKey(body[(i + 1)..]):
                    return i;
            }
        }

        return body.Length;
    }

    /// <summary>
    /// Tells whether the text starts with a name made of letters, digits or <c>_</c> and then <c>=</c>, with spaces
    /// allowed around the name.
    /// </summary>
    private static bool StartsWithKey(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        var length = 0;
        while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] == '_'))
        {
            length++;
        }

        return length > 0 && rest[length..].TrimStart(' ').StartsWith('=');
    }

    private static ReadOnlySpan<char> Unwrap(ReadOnlySpan<char> text, char open, char close) =>
        text.Length >= 2 && text[0] == open && text[^1] == close ? text[1..^1].Trim() : text;
}
