namespace Panther.Pipelines.Ingestion;

/// <summary>What one ingestion run did: events per log type, records quarantined and skipped.</summary>
public sealed class IngestionSummary
{
    private readonly SortedDictionary<string, long> _events = new(StringComparer.Ordinal);
    private readonly List<Sources.FileInput> _inputsRead = [];
    private readonly List<PartlyReadInput> _inputsReadInPart = [];

    /// <summary>Gets the number of events per log type, in name order.</summary>
    public IReadOnlyDictionary<string, long> EventsByLogType => _events;

    /// <summary>Gets the total number of events.</summary>
    public long Events => _events.Values.Sum();

    /// <summary>Gets how many records (and unreadable inputs) were quarantined.</summary>
    public long Quarantined { get; internal set; }

    /// <summary>Gets how many records were skipped on purpose, such as envelope control messages.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Gets how many inputs were read.</summary>
    public int Inputs { get; internal set; }

    /// <summary>Gets the number of quarantined records a replay read.</summary>
    public long Replayed { get; internal set; }

    /// <summary>Gets the quarantine file, or <see langword="null"/> when nothing was quarantined.</summary>
    public string? QuarantineFile { get; internal set; }

    /// <summary>Gets what the detection rules did, or null when no rules ran.</summary>
    public Detection.DetectionSummary? Detection { get; internal set; }

    /// <summary>Gets the inputs read to their end, in the order they ended; inputs that could not be read, or whose
    /// reading failed part-way, are not among them.</summary>
    public IReadOnlyList<Sources.FileInput> InputsRead => _inputsRead;

    /// <summary>Gets the inputs whose reading failed after some of their records went into the lake, with where a
    /// later read should pick up. Their failure is in the quarantine.</summary>
    public IReadOnlyList<PartlyReadInput> InputsReadInPart => _inputsReadInPart;

    /// <summary>Gets the inputs left out because the lake already held them.</summary>
    public int InputsSkipped { get; internal set; }

    internal void CountEvent(string logType) => _events[logType] = _events.GetValueOrDefault(logType) + 1;

    internal void AddInputRead(Sources.FileInput input) => _inputsRead.Add(input);

    internal void AddInputReadInPart(PartlyReadInput input) => _inputsReadInPart.Add(input);
}
