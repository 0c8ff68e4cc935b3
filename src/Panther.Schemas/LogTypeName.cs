namespace Panther.Schemas;

/// <summary>Rules for log type names (<c>Family.Type</c>) and the table names derived from them.</summary>
public static class LogTypeName
{
    /// <summary>Checks that a name is <c>Family.Type</c> with letters, digits or <c>_</c> in both parts.</summary>
    /// <param name="name">The candidate name.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool IsValid(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == name.Length - 1 || name.IndexOf('.', dot + 1) >= 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c != '.' && !char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return char.IsAsciiLetter(name[0]) && char.IsAsciiLetter(name[dot + 1]);
    }

    /// <summary>Converts a log type name to its table name: lower case, with <c>.</c> replaced by <c>_</c>.</summary>
    /// <param name="name">A valid log type name.</param>
    /// <returns>The table name, for example <c>aws_cloudtrail</c>.</returns>
    public static string ToTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Replace('.', '_').ToLowerInvariant();
    }
}
