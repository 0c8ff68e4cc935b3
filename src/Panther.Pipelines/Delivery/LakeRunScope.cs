using Panther.Pipelines.Ingestion;
using Panther.Pipelines.Sources;
using Panther.Sinks.Storage;

namespace Panther.Pipelines.Delivery;

/// <summary>
/// What a run needs to put each input in the lake once: the lake's <see cref="RunLock"/>, its
/// <see cref="InputLedger"/>, the run's <see cref="RunJournal"/> and a store that writes every object to it.
/// <see cref="StartAsync"/> first finishes or undoes the runs that earlier processes left half done;
/// <see cref="Commit"/> ends the run. Disposing without committing leaves the run for the next one to undo.
/// </summary>
public sealed class LakeRunScope : IDisposable
{
    /// <summary>The name of the ledger's file in the state folder.</summary>
    public const string LedgerFileName = "inputs.jsonl";

    private readonly RunLock _lock;

    private LakeRunScope(RunLock runLock, InputLedger ledger, RunJournal journal, ILakeObjectStore store,
        JournalRecovery recovery)
    {
        _lock = runLock;
        Ledger = ledger;
        Journal = journal;
        Store = new JournaledLakeObjectStore(store, journal);
        Recovery = recovery;
    }

    /// <summary>Gets the inputs the lake holds.</summary>
    public InputLedger Ledger { get; }

    /// <summary>Gets the run's journal, for local files such as the quarantine file.</summary>
    public RunJournal Journal { get; }

    /// <summary>Gets the store the run's writers put objects in; each key is in the journal before its object is.
    /// </summary>
    public ILakeObjectStore Store { get; }

    /// <summary>Gets what was done with the runs that earlier processes left.</summary>
    public JournalRecovery Recovery { get; }

    /// <summary>Takes the lake's lock, reads its ledger, finishes or undoes interrupted runs and starts a journal.
    /// </summary>
    /// <param name="stateFolder">The lake's state folder (<c>LAKE/state</c>, or <c>WORK/state</c> for an S3 lake).
    /// </param>
    /// <param name="store">The lake's store.</param>
    /// <param name="cancellationToken">Stops the recovery between objects.</param>
    /// <returns>The scope; dispose it.</returns>
    /// <exception cref="IOException">Another run holds the lake, the ledger cannot be read, or an interrupted run
    /// cannot be undone; nothing was read then.</exception>
    public static async Task<LakeRunScope> StartAsync(string stateFolder, ILakeObjectStore store,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateFolder);
        ArgumentNullException.ThrowIfNull(store);
        var runLock = RunLock.Acquire(stateFolder);
        try
        {
            var ledger = InputLedger.Open(Path.Combine(stateFolder, LedgerFileName));
            JournalRecovery recovery;
            try
            {
                recovery = await RunJournal.RecoverAsync(stateFolder, store, ledger, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"cannot finish or undo an interrupted run: {ex.Message}", ex);
            }

            return new LakeRunScope(runLock, ledger, RunJournal.Start(stateFolder), store, recovery);
        }
        catch
        {
            runLock.Dispose();
            throw;
        }
    }

    /// <summary>Leaves out the inputs the lake holds, and has those read in part pick up where they stopped.
    /// </summary>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The inputs not read to their end, in their order; those read in part with their
    /// <see cref="FileInput.ResumeAt"/> set.</returns>
    public IReadOnlyList<FileInput> Unread(IEnumerable<FileInput> inputs) =>
        [.. inputs.Where(input => !Ledger.Contains(input))
            .Select(input => Ledger.GetResumeAt(input) is var offset and > 0 ? input.ResumingAt(offset) : input)];

    /// <summary>Commits the run once everything it wrote is in place: the inputs it read, to their end or in part,
    /// go to the ledger.</summary>
    /// <param name="summary">What the run did.</param>
    public void Commit(IngestionSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var whole = summary.InputsRead.Where(input => input.Identity is not null)
            .Select(input => new InputLedgerEntry(input.Identity!));
        var parts = summary.InputsReadInPart.Where(part => part.Input.Identity is not null)
            .Select(part => new InputLedgerEntry(part.Input.Identity!, part.ResumeAt));
        Journal.Commit([.. whole, .. parts], Ledger);
    }

    /// <summary>Closes the journal and releases the lock.</summary>
    public void Dispose()
    {
        Journal.Dispose();
        _lock.Dispose();
    }
}
