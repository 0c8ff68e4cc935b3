using System.Text;

namespace Panther.Schemas.Documentation;

/// <summary>Small pieces of Markdown syntax: code spans, table cells and heading anchors.</summary>
internal static class MarkdownText
{
    /// <summary>Wraps text in a code span, with a longer fence when the text itself holds backticks.</summary>
    /// <param name="text">The literal text.</param>
    /// <returns>The code span.</returns>
    public static string Code(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        if (longest == 0)
        {
            return "`" + text + "`";
        }

        var fence = new string('`', longest + 1);
        return fence + " " + text + " " + fence;
    }

    /// <summary>Makes text safe for one table cell: line breaks become spaces and <c>|</c> is escaped.</summary>
    /// <param name="text">The cell's Markdown.</param>
    /// <returns>The escaped cell.</returns>
    /// <remarks>
    /// GitHub-flavoured tables honour <c>\|</c> inside code spans too, so the whole cell is escaped.
    /// </remarks>
    public static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Joins the lines of a text with single spaces and trims it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line.</returns>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\r', '\n') < 0)
        {
            return text.Trim();
        }

        var parts = text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', parts);
    }

    /// <summary>Turns line breaks of any style into LF.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with LF line breaks, trimmed.</returns>
    public static string NormalizeLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    /// <summary>
    /// Builds the anchor a Markdown renderer such as GitHub gives a heading: lower case, letters, digits, <c>-</c>
    /// and <c>_</c> kept, spaces turned into <c>-</c>, everything else dropped.
    /// </summary>
    /// <param name="heading">The heading text.</param>
    /// <returns>The anchor, without <c>#</c>.</returns>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (var c in heading.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }
}
