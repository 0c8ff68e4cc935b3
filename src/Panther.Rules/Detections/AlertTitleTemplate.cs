using System.Text;

namespace Panther.Rules.Detections;

/// <summary>
/// An <c>AlertTitle</c> such as <c>Root login from {sourceIPAddress}</c>: literal text with <c>{key.path}</c>
/// placeholders, split once when the rule loads.
/// </summary>
internal sealed class AlertTitleTemplate
{
    private readonly (string Literal, EventPath? Path)[] _parts;

    private AlertTitleTemplate((string Literal, EventPath? Path)[] parts) => _parts = parts;

    /// <summary>Splits a template; a placeholder's text is a KeyPath.</summary>
    /// <exception cref="FormatException">A brace is not closed or a placeholder is not a path.</exception>
    public static AlertTitleTemplate Parse(string template)
    {
        var parts = new List<(string, EventPath?)>();
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                parts.Add((template[position..], null));
                break;
            }

            if (open > position)
            {
                parts.Add((template[position..open], null));
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"the '{{' at position {open} has no closing '}}'.");
            }

            var text = template[(open + 1)..close].Trim();
            parts.Add((template[open..(close + 1)], EventPath.Parse(text)));
            position = close + 1;
        }

        return new AlertTitleTemplate([.. parts]);
    }

    /// <summary>Fills the placeholders; a missing key leaves its placeholder as written.</summary>
    public string Render(RuleEvent evt)
    {
        var title = new StringBuilder();
        foreach (var (literal, path) in _parts)
        {
            var value = path?.Find(evt) ?? default;
            title.Append(path is null || !value.Exists ? literal : value.ToString());
        }

        return title.ToString();
    }
}
