using System.Net;

namespace Panther.Rules.Destinations;

/// <summary>
/// Counts the HTTP requests of one delivery, retries included. The dispatcher starts a count in its own async flow;
/// <see cref="AttemptCountingHandler"/>, which sits inside the retry handler, adds to it.
/// </summary>
internal sealed class DeliveryAttempts
{
    private static readonly AsyncLocal<DeliveryAttempts?> CurrentCount = new();

    private int _count;
    private int _lastStatus;

    /// <summary>Gets the count of the current async flow, or null outside a delivery.</summary>
    public static DeliveryAttempts? Current => CurrentCount.Value;

    /// <summary>Gets how many requests were sent.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Gets the status of the last answer, or null.</summary>
    public HttpStatusCode? LastStatus
    {
        get
        {
            var status = Volatile.Read(ref _lastStatus);
            return status == 0 ? null : (HttpStatusCode)status;
        }
    }

    /// <summary>Starts a count for the calling async flow; callers must be async methods so it stays theirs.</summary>
    public static DeliveryAttempts Start()
    {
        var attempts = new DeliveryAttempts();
        CurrentCount.Value = attempts;
        return attempts;
    }

    /// <summary>Records that a request is being sent.</summary>
    public void RecordAttempt() => Interlocked.Increment(ref _count);

    /// <summary>Records the status of an answer.</summary>
    public void RecordStatus(HttpStatusCode status) => Volatile.Write(ref _lastStatus, (int)status);
}
