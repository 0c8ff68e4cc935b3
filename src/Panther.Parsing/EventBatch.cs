using Panther.Parsing.Events;

namespace Panther.Parsing;

/// <summary>
/// The output of parsing: events and quarantined records, in input order within each list. A batch and its events
/// are reused once you ask for the next one; copy out what you need to keep.
/// </summary>
public sealed class EventBatch
{
    private readonly List<NormalizedEvent> _pool = [];
    private readonly List<QuarantinedRecord> _quarantined = [];
    private int _count;

    /// <summary>Gets the number of events in the batch.</summary>
    public int Count => _count;

    /// <summary>Gets an event by index.</summary>
    /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
    public NormalizedEvent this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _pool[index];
        }
    }

    /// <summary>Gets the records that could not be parsed.</summary>
    public IReadOnlyList<QuarantinedRecord> Quarantined => _quarantined;

    /// <summary>Gets how many records were skipped on purpose, such as envelope control messages.</summary>
    public int Skipped { get; private set; }

    /// <summary>Gets how many blank lines were passed over.</summary>
    public int BlankLines { get; private set; }

    /// <summary>Gets the events in the batch.</summary>
    public IEnumerable<NormalizedEvent> Events
    {
        get
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _pool[i];
            }
        }
    }

    /// <summary>Empties the batch, keeping its pooled events for reuse.</summary>
    public void Clear()
    {
        _count = 0;
        _quarantined.Clear();
        Skipped = 0;
        BlankLines = 0;
    }

    /// <summary>
    /// Drops the events and quarantined records of the records that start before a byte offset of their input, such
    /// as those an earlier run already wrote when it resumes an input where it stopped. The events kept keep their
    /// order; dropped events go back to the pool.
    /// </summary>
    /// <param name="byteOffset">The offset, in the decoded input, of the first record to keep.</param>
    /// <returns>The number of events and records dropped.</returns>
    public int RemoveBefore(long byteOffset)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_pool[i].Position.ByteOffset < byteOffset)
            {
                continue;
            }

            (_pool[kept], _pool[i]) = (_pool[i], _pool[kept]);
            kept++;
        }

        var removed = _count - kept;
        _count = kept;
        return removed + _quarantined.RemoveAll(record => record.Position.ByteOffset < byteOffset);
    }

    internal NormalizedEvent Rent()
    {
        if (_count == _pool.Count)
        {
            _pool.Add(new NormalizedEvent());
        }

        return _pool[_count];
    }

    internal void Commit() => _count++;

    /// <summary>Puts <paramref name="replacement"/> in the rented slot and returns the event that was there.</summary>
    internal NormalizedEvent ExchangeRented(NormalizedEvent replacement)
    {
        Rent();
        var rented = _pool[_count];
        _pool[_count] = replacement;
        return rented;
    }

    internal void Quarantine(QuarantinedRecord record) => _quarantined.Add(record);

    internal void AddSkipped() => Skipped++;

    internal void AddBlankLine() => BlankLines++;
}
