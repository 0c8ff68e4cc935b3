using System.Text.RegularExpressions;

namespace Panther.Sinks.Snowflake;

/// <summary>
/// Writes Snowflake identifiers. A lake name that is a plain identifier and not a reserved word is written unquoted,
/// so Snowflake stores it upper-case and queries may use any case (<c>eventName</c>, <c>EVENTNAME</c>); any other
/// name is quoted and keeps its case. Object names chosen by the user (databases, schemas, stages, storage
/// integrations) must be plain identifiers.
/// </summary>
public static partial class SnowflakeNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ACCOUNT", "ALL", "ALTER", "AND", "ANY", "AS", "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONNECT",
        "CONNECTION", "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
        "CURRENT_USER", "DATABASE", "DELETE", "DISTINCT", "DROP", "ELSE", "EXISTS", "FALSE", "FOLLOWING", "FOR",
        "FROM", "FULL", "GRANT", "GROUP", "GSCLUSTER", "HAVING", "ILIKE", "IN", "INCREMENT", "INNER", "INSERT",
        "INTERSECT", "INTO", "IS", "ISSUE", "JOIN", "LATERAL", "LEFT", "LIKE", "LOCALTIME", "LOCALTIMESTAMP", "MINUS",
        "NATURAL", "NOT", "NULL", "OF", "ON", "OR", "ORDER", "ORGANIZATION", "QUALIFY", "REGEXP", "REVOKE", "RIGHT",
        "RLIKE", "ROW", "ROWS", "SAMPLE", "SCHEMA", "SELECT", "SET", "SOME", "START", "TABLE", "TABLESAMPLE", "THEN",
        "TO", "TRIGGER", "TRUE", "TRY_CAST", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "VIEW", "WHEN",
        "WHENEVER", "WHERE", "WITH",
    };

    /// <summary>Gets whether a name can be written unquoted: letters, digits and <c>_</c>, not starting with a
    /// digit, at most 255 characters, and not a reserved word.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a plain identifier.</returns>
    public static bool IsPlain(string name) =>
        !string.IsNullOrEmpty(name) && name.Length <= 255 && PlainPattern().IsMatch(name) && !Reserved.Contains(name);

    /// <summary>Writes a column or table name: unquoted when plain, otherwise in double quotes.</summary>
    /// <param name="name">A lake name: letters, digits, <c>_</c> and <c>-</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The name is empty or has a double quote or a control character.
    /// </exception>
    public static string Identifier(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (IsPlain(name))
        {
            return name;
        }

        if (name.Contains('"', StringComparison.Ordinal) || name.Any(char.IsControl))
        {
            throw new ArgumentException($"'{name}' cannot be a Snowflake identifier.", nameof(name));
        }

        return "\"" + name + "\"";
    }

    /// <summary>Checks a name the user chose for a Snowflake object.</summary>
    /// <param name="name">The name.</param>
    /// <param name="what">What the name is for, in the message (<c>database prefix</c>, <c>stage</c>, ...).</param>
    /// <returns>The name, upper-case.</returns>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public static string Validate(string name, string what)
    {
        if (name is null || !IsPlain(name))
        {
            throw new ArgumentException(
                $"The {what} '{name}' must be a plain Snowflake identifier: letters, digits and '_', not starting with "
                + "a digit, and not a reserved word.");
        }

        return name.ToUpperInvariant();
    }

    /// <summary>Writes text as a single-quoted Snowflake string literal, escaping <c>\</c> and <c>'</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The literal.</returns>
    public static string StringLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("'", "\\'", StringComparison.Ordinal) + "'";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainPattern();
}
