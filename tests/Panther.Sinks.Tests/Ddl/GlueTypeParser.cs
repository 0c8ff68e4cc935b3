namespace Panther.Sinks.Tests.Ddl;

/// <summary>
/// A small recursive-descent parser for Glue type text, used only to check that generated types are well formed:
/// scalars, <c>decimal(p,s)</c>, <c>array&lt;T&gt;</c>, <c>map&lt;string,T&gt;</c> and
/// <c>struct&lt;name:T,...&gt;</c> with bare or backticked member names.
/// </summary>
internal sealed class GlueTypeParser
{
    private static readonly string[] Scalars =
        ["string", "boolean", "tinyint", "smallint", "int", "bigint", "float", "double", "timestamp"];

    private readonly string _text;
    private int _position;

    private GlueTypeParser(string text) => _text = text;

    /// <summary>Returns true when the whole text is one well-formed type.</summary>
    public static bool IsWellFormed(string text)
    {
        var parser = new GlueTypeParser(text);
        return parser.TryType() && parser._position == text.Length;
    }

    private bool TryType()
    {
        if (TryWord("array<"))
        {
            return TryType() && TryWord(">");
        }

        if (TryWord("map<"))
        {
            return TryWord("string,") && TryType() && TryWord(">");
        }

        if (TryWord("struct<"))
        {
            do
            {
                if (!TryName() || !TryWord(":") || !TryType())
                {
                    return false;
                }
            }
            while (TryWord(","));
            return TryWord(">");
        }

        if (TryWord("decimal("))
        {
            return TryDigits() && TryWord(",") && TryDigits() && TryWord(")");
        }

        var start = _position;
        while (_position < _text.Length && char.IsAsciiLetterLower(_text[_position]))
        {
            _position++;
        }

        return Scalars.Contains(_text[start.._position]);
    }

    private bool TryName()
    {
        if (TryWord("`"))
        {
            var end = _text.IndexOf('`', _position);
            if (end <= _position)
            {
                return false;
            }

            _position = end + 1;
            return true;
        }

        var start = _position;
        while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start;
    }

    private bool TryDigits()
    {
        var start = _position;
        while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
        {
            _position++;
        }

        return _position > start;
    }

    private bool TryWord(string word)
    {
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
        {
            return false;
        }

        _position += word.Length;
        return true;
    }
}
