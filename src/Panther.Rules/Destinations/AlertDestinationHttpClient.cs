namespace Panther.Rules.Destinations;

/// <summary>Names the <see cref="HttpClient"/> each destination sends through.</summary>
public static class AlertDestinationHttpClient
{
    /// <summary>The prefix of every destination client's name.</summary>
    public const string NamePrefix = "Panther.AlertDestination.";

    /// <summary>The name of the resilience pipeline on each destination client.</summary>
    public const string PipelineName = "alert-delivery";

    /// <summary>Gets the name of a destination's client, as registered with <c>IHttpClientFactory</c>.</summary>
    /// <param name="destinationId">The destination id.</param>
    /// <returns>The client name.</returns>
    public static string NameFor(string destinationId) => NamePrefix + destinationId;
}
