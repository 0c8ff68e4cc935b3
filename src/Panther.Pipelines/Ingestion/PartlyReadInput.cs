using Panther.Pipelines.Sources;

namespace Panther.Pipelines.Ingestion;

/// <summary>An input whose reading failed part-way after some of its records went into the lake.</summary>
/// <param name="Input">The input.</param>
/// <param name="ResumeAt">The byte offset, in the decoded input, after the last record that went in: where the next
/// read picks up (<see cref="FileInput.ResumingAt"/>).</param>
public readonly record struct PartlyReadInput(FileInput Input, long ResumeAt);
