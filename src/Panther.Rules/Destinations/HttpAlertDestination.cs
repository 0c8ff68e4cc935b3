using System.Collections.Frozen;
using System.Globalization;
using Panther.Rules.Alerts;

namespace Panther.Rules.Destinations;

/// <summary>
/// Base of the destinations that deliver with one HTTP request. Derived types build the request; this type sends
/// it through the destination's named <see cref="HttpClient"/> (where retries and timeouts live) and turns every
/// failure into an <see cref="AlertDeliveryException"/> whose message holds no secret.
/// </summary>
public abstract class HttpAlertDestination : IAlertDestination
{
    private const int MaxBodyInError = 200;

    private readonly IHttpClientFactory _httpClientFactory;

    /// <summary>Initializes a new instance of the <see cref="HttpAlertDestination"/> class.</summary>
    /// <param name="id">The destination id.</param>
    /// <param name="name">The display name.</param>
    /// <param name="options">The options; validated here.</param>
    /// <param name="httpClientFactory">Creates the destination's named client.</param>
    protected HttpAlertDestination(
        string id, string name, AlertDestinationOptions options, IHttpClientFactory httpClientFactory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        options.Validate(id);
        Id = id;
        Name = name;
        DefaultSeverities = options.DefaultSeverities.ToFrozenSet();
        AlertTypes = options.AlertTypes.ToFrozenSet();
        _httpClientFactory = httpClientFactory;
    }

    /// <inheritdoc/>
    public string Id { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public IReadOnlySet<Severity> DefaultSeverities { get; }

    /// <inheritdoc/>
    public IReadOnlySet<AlertType> AlertTypes { get; }

    /// <summary>Gets the endpoint reduced to scheme and host, for messages.</summary>
    protected abstract string RedactedEndpoint { get; }

    /// <summary>Gets the credentials of this destination, scrubbed from any text that leaves it.</summary>
    protected abstract IEnumerable<string?> Secrets { get; }

    /// <inheritdoc/>
    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        using var request = CreateRequest(alert);
        var client = _httpClientFactory.CreateClient(AlertDestinationHttpClient.NameFor(Id));
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException
            or Polly.ExecutionRejectedException)
        {
            throw new AlertDeliveryException(Safe($"Request to {RedactedEndpoint} failed: {ex.Message}"), ex);
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var snippet = AlertJson.Truncate(body, MaxBodyInError);
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"{RedactedEndpoint} answered {status} {response.ReasonPhrase}: {snippet}");
            throw new AlertDeliveryException(Safe(message), response.StatusCode);
        }
    }

    /// <summary>Builds the request for one alert: method, URL, headers and JSON body.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>A new request, disposed by the caller.</returns>
    protected abstract HttpRequestMessage CreateRequest(Alert alert);

    /// <summary>Appends a relative path to a base URL, keeping any path the base already has.</summary>
    /// <param name="baseUrl">The base URL, with or without a trailing slash.</param>
    /// <param name="relativePath">The path to append, without a leading slash.</param>
    /// <returns>The combined URL.</returns>
    protected static Uri Combine(Uri baseUrl, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = baseUrl.AbsoluteUri;
        return new Uri(text.EndsWith('/') ? text + relativePath : text + "/" + relativePath);
    }

    private string Safe(string text) => SecretRedaction.Scrub(text, Secrets);
}
