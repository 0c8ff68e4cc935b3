namespace Panther.Pipelines.Ingestion;

/// <summary>How far a run has come.</summary>
/// <param name="Inputs">The inputs started so far.</param>
/// <param name="Bytes">The bytes read from inputs so far, as stored (compressed).</param>
/// <param name="Events">The events written so far.</param>
/// <param name="Quarantined">The records quarantined so far.</param>
public readonly record struct IngestionProgress(int Inputs, long Bytes, long Events, long Quarantined);
