using System.Net;

namespace Panther.Sinks.Snowflake;

/// <summary>A statement that Snowflake refused or could not run, with Snowflake's code and message.</summary>
public sealed class SnowflakeException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SnowflakeException"/> class.</summary>
    public SnowflakeException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SnowflakeException"/> class.</summary>
    /// <param name="message">The message.</param>
    public SnowflakeException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SnowflakeException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SnowflakeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status of the response, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Gets Snowflake's error code, such as <c>002003</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Gets the SQL state, such as <c>42S02</c>.</summary>
    public string? SqlState { get; init; }

    /// <summary>Gets the handle of the statement, when Snowflake gave one.</summary>
    public string? StatementHandle { get; init; }
}
