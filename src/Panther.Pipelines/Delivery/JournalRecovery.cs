namespace Panther.Pipelines.Delivery;

/// <summary>What <see cref="RunJournal.RecoverAsync"/> did with the journals that earlier runs left.</summary>
/// <param name="RunsUndone">Runs that had not committed, whose objects and files were removed.</param>
/// <param name="FilesRemoved">The objects and files those runs named, deleted where they existed.</param>
/// <param name="RunsFinished">Runs that had committed but not yet cleaned up, whose inputs were added to the ledger.
/// </param>
public readonly record struct JournalRecovery(int RunsUndone, int FilesRemoved, int RunsFinished);
