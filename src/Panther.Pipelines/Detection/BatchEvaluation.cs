using Panther.Rules.Evaluation;
using Panther.Rules;

namespace Panther.Pipelines.Detection;

/// <summary>
/// The rule results of one batch, found by one ingestion worker: each result with the index of its event in the
/// batch. A worker keeps one and reuses it from batch to batch.
/// </summary>
internal sealed class BatchEvaluation
{
    /// <summary>Gets the worker's view of the event being evaluated.</summary>
    public RuleEvent Event { get; } = new();

    /// <summary>Gets the results of the event being evaluated.</summary>
    public List<RuleResult> EventResults { get; } = [];

    /// <summary>Gets the batch's results in event order.</summary>
    public List<(int Index, RuleResult Result)> Results { get; } = [];
}
