namespace Panther.Pipelines.Delivery;

/// <summary>An input in the <see cref="InputLedger"/>: read to its end, or up to a byte offset when its reading
/// failed part-way.</summary>
/// <param name="Identity">The input's <see cref="Sources.FileInput.Identity"/>.</param>
/// <param name="ResumeAt">For an input read in part, the byte offset of the decoded input where the next read picks
/// up; null for an input read to its end.</param>
public readonly record struct InputLedgerEntry(string Identity, long? ResumeAt = null);
