using System.Net;

namespace Panther.Rules.Destinations;

/// <summary>What happened when one alert was sent to one destination. Carries no secrets.</summary>
public sealed record DeliveryResult
{
    /// <summary>Gets the destination's id.</summary>
    public required string DestinationId { get; init; }

    /// <summary>Gets the destination's name.</summary>
    public required string DestinationName { get; init; }

    /// <summary>Gets a value indicating whether the destination accepted the alert.</summary>
    public bool Succeeded { get; init; }

    /// <summary>
    /// Gets how many HTTP requests were made, retries included; null for destinations that do not send through the
    /// HTTP clients that <see cref="AlertDestinationServiceCollectionExtensions"/> registers.
    /// </summary>
    public int? Attempts { get; init; }

    /// <summary>Gets the HTTP status of the last answer, or null when none came.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>Gets why the delivery failed, without secrets; null on success.</summary>
    public string? Error { get; init; }

    /// <summary>Gets how long the delivery took, retries and back-off included.</summary>
    public TimeSpan Elapsed { get; init; }
}
