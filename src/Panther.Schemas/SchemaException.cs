namespace Panther.Schemas;

/// <summary>A schema, or a set of schemas, is not valid. The message names the schema, the field path and the
/// problem.</summary>
public sealed class SchemaException : Exception
{
    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What is wrong, naming the schema and field path.</param>
    public SchemaException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SchemaException()
    {
    }
}
