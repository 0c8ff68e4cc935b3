namespace Panther.Pipelines.Ingestion;

/// <summary>The state one run of an ingestion shares between its workers: the summary, the workers, and the turn they
/// take to record results and count.</summary>
internal sealed class IngestionRun(IngestionWorker[] workers) : IDisposable
{
    private long _bytesDone;

    /// <summary>Gets what the run did so far; changed in a worker's turn only.</summary>
    public IngestionSummary Summary { get; } = new();

    /// <summary>Gets the run's workers.</summary>
    public IngestionWorker[] Workers { get; } = workers;

    /// <summary>Gets the turn: one worker at a time records rule results, quarantines and counts.</summary>
    public SemaphoreSlim Turn { get; } = new(1, 1);

    /// <summary>Gets the bytes read so far: of the inputs read to their end, and of those being read.</summary>
    public long BytesRead
    {
        get
        {
            var bytes = Interlocked.Read(ref _bytesDone);
            foreach (var worker in Workers)
            {
                bytes += worker.Current?.BytesRead ?? 0;
            }

            return bytes;
        }
    }

    /// <summary>Adds the bytes of an input read to its end.</summary>
    public void AddInputBytes(long bytes) => Interlocked.Add(ref _bytesDone, bytes);

    /// <summary>Releases the turn.</summary>
    public void Dispose() => Turn.Dispose();
}
