namespace Panther.Rules.Destinations;

/// <summary>Counts each request that passes below the retry handler, so retries are counted too.</summary>
internal sealed class AttemptCountingHandler : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempts = DeliveryAttempts.Current;
        attempts?.RecordAttempt();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        attempts?.RecordStatus(response.StatusCode);
        return response;
    }
}
