using Panther.Parsing;
using Panther.Pipelines.Detection;
using Panther.Pipelines.Sources;
using Panther.Sinks;

namespace Panther.Pipelines.Ingestion;

/// <summary>What one ingestion worker owns: its parser and reader, its sink, its rule results, and the input it is
/// reading.</summary>
internal sealed class IngestionWorker(LogParser parser, ILakeSink sink)
{
    /// <summary>Gets the worker's reader over its own parser.</summary>
    public LogReader Reader { get; } = new(parser);

    /// <summary>Gets the worker's parser.</summary>
    public LogParser Parser { get; } = parser;

    /// <summary>Gets where the worker writes its events, and the rule matches of its batches.</summary>
    public ILakeSink Sink { get; } = sink;

    /// <summary>Gets the rule results of the worker's current batch.</summary>
    public BatchEvaluation Evaluation { get; } = new();

    /// <summary>Gets the event counts of the current batch by log type, for the metrics.</summary>
    public Dictionary<string, long> BatchCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the input being read, for progress; null between inputs.</summary>
    public CountingStream? Current { get; set; }

    /// <summary>Gets or sets the events of the current input so far.</summary>
    public long InputEvents { get; set; }

    /// <summary>Gets or sets the quarantined records of the current input so far.</summary>
    public long InputQuarantined { get; set; }

    /// <summary>Gets or sets the byte offset after the start of the last record of the current input that went
    /// through; where a later read would pick up.</summary>
    public long InputReadTo { get; set; }
}
