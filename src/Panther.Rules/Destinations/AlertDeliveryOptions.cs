namespace Panther.Rules.Destinations;

/// <summary>
/// Retry and timeout settings of every destination's HTTP client. A request that fails with a 5xx, 408 or 429 answer,
/// a network error or an attempt timeout is tried again after an exponential, jittered delay, until
/// <see cref="MaxRetryAttempts"/> retries are spent or <see cref="TotalTimeout"/> has passed.
/// </summary>
public sealed class AlertDeliveryOptions
{
    /// <summary>Gets or sets how many times a failed request is retried; 3 by default (4 requests).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry, doubled for each later one; 1 s by default.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait between attempts, <c>Retry-After</c> too; 30 s by default.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long one request may take; 10 s by default.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long a delivery may take, retries and delays included; 60 s by default.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
