using System.Net;

namespace Panther.Rules.Destinations;

/// <summary>
/// Thrown by a destination that could not deliver an alert. Its message names the endpoint by scheme and host only
/// and never carries a credential, so it is safe to log.
/// </summary>
public sealed class AlertDeliveryException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="AlertDeliveryException"/> class.</summary>
    public AlertDeliveryException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AlertDeliveryException"/> class.</summary>
    /// <param name="message">A message without secrets.</param>
    public AlertDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AlertDeliveryException"/> class.</summary>
    /// <param name="message">A message without secrets.</param>
    /// <param name="innerException">The cause.</param>
    public AlertDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AlertDeliveryException"/> class.</summary>
    /// <param name="message">A message without secrets.</param>
    /// <param name="statusCode">The HTTP status of the last answer.</param>
    public AlertDeliveryException(string message, HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>Gets the HTTP status of the last answer, or null when no answer came.</summary>
    public HttpStatusCode? StatusCode { get; }
}
