using System.Text.RegularExpressions;

namespace Panther.Sinks.Tests.Ddl;

/// <summary>
/// Structural checks of generated Athena statements, since no engine at hand runs Athena DDL: brackets balance
/// outside quotes, quotes and backticks close, and every column line of a table holds a quoted name and a
/// well-formed Glue type.
/// </summary>
internal static partial class DdlShape
{
    /// <summary>Splits a script made by <c>AthenaDdl.FormatScript</c> into its statements.</summary>
    public static IReadOnlyList<string> Statements(string script)
    {
        Assert.EndsWith("\n;\n", script, StringComparison.Ordinal);
        return script[..^3].Split("\n;\n\n");
    }

    /// <summary>Fails unless the statement is structurally sound.</summary>
    public static void AssertWellFormed(string statement)
    {
        AssertBalanced(statement);
        if (!statement.StartsWith("CREATE EXTERNAL TABLE", StringComparison.Ordinal))
        {
            return;
        }

        var body = statement[(statement.IndexOf("(\n", StringComparison.Ordinal) + 2)..
            statement.IndexOf("\n)\nPARTITIONED BY", StringComparison.Ordinal)];
        foreach (var line in body.Split('\n'))
        {
            var match = ColumnLine().Match(line);
            Assert.True(match.Success, $"Not a column line: {line}");
            var type = match.Groups["type"].Value;
            Assert.True(GlueTypeParser.IsWellFormed(type), $"Not a well-formed Glue type: {type}");
        }
    }

    private static void AssertBalanced(string statement)
    {
        var open = new Stack<char>();
        char? quote = null;
        foreach (var c in statement)
        {
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                continue;
            }

            switch (c)
            {
                case '\'' or '"' or '`':
                    quote = c;
                    break;
                case '(' or '<' or '{':
                    open.Push(c);
                    break;
                case ')' or '>' or '}':
                    Assert.True(open.Count > 0, $"Unopened '{c}' in: {statement}");
                    Assert.Equal(c switch { ')' => '(', '>' => '<', _ => '{' }, open.Pop());
                    break;
            }
        }

        Assert.Null(quote);
        Assert.Empty(open);
    }

    [GeneratedRegex(@"^  `(?<name>[^`]+)` (?<type>\S+?),?$")]
    private static partial Regex ColumnLine();
}
