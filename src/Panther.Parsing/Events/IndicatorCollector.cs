using System.Runtime.InteropServices;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Events;

/// <summary>
/// Collects the indicator values of one event into a reusable byte arena, removing duplicates as they arrive, and
/// sorts them per set once the event is complete.
/// </summary>
/// <remarks>Not thread-safe. Reused across events: <see cref="Clear"/> keeps the buffers.</remarks>
internal sealed class IndicatorCollector : IIndicatorWriter
{
    private byte[] _arena = new byte[1024];
    private int _arenaLength;
    private Entry[] _entries = new Entry[32];
    private int[] _buckets = new int[64];
    private int[] _usedSlots = new int[32];
    private int _count;
    private bool _bucketsStale;

    /// <summary>Gets the number of distinct values collected.</summary>
    public int Count => _count;

    /// <summary>Gets the value of entry <paramref name="index"/> after <see cref="Sort"/>.</summary>
    /// <param name="index">The entry index.</param>
    /// <param name="field">The id of the set the value belongs to.</param>
    /// <returns>The UTF-8 value.</returns>
    public ReadOnlySpan<byte> GetEntry(int index, out int field)
    {
        ref readonly var entry = ref _entries[index];
        field = entry.Field;
        return _arena.AsSpan(entry.Offset, entry.Length);
    }

    /// <summary>Forgets every value, keeping the buffers.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            _buckets[_usedSlots[i]] = 0;
        }

        _bucketsStale = false;
        _count = 0;
        _arenaLength = 0;
    }

    /// <inheritdoc />
    public void Add(IndicatorField field, ReadOnlySpan<byte> utf8Value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (utf8Value.IsEmpty)
        {
            return;
        }

        if (_bucketsStale)
        {
            RebuildBuckets();
            _bucketsStale = false;
        }

        var hash = Hash(field.Id, utf8Value);
        var mask = _buckets.Length - 1;
        var slot = hash & mask;
        while (_buckets[slot] != 0)
        {
            ref readonly var existing = ref _entries[_buckets[slot] - 1];
            if (existing.Hash == hash && existing.Field == field.Id
                && _arena.AsSpan(existing.Offset, existing.Length).SequenceEqual(utf8Value))
            {
                return;
            }

            slot = (slot + 1) & mask;
        }

        Append(field.Id, hash, utf8Value);
        _buckets[slot] = _count;
        _usedSlots[_count - 1] = slot;
        if (_count * 2 > _buckets.Length)
        {
            Rehash();
        }
    }

    /// <summary>Sorts the entries by set, then by value in ordinal UTF-8 order.</summary>
    public void Sort()
    {
        if (_count > 1)
        {
            SortEntries(_entries.AsSpan(0, _count), new EntryComparer(_arena));
            _bucketsStale = true;
        }
    }

    /// <summary>
    /// Sorts in place without allocating: the span sort of the base library boxes a struct comparer and allocates a
    /// delegate, which would cost every event a few dozen bytes.
    /// </summary>
    private static void SortEntries(Span<Entry> entries, EntryComparer comparer)
    {
        while (entries.Length > 16)
        {
            var pivot = entries[entries.Length / 2];
            int left = 0, right = entries.Length - 1;
            while (left <= right)
            {
                while (comparer.Compare(entries[left], pivot) < 0)
                {
                    left++;
                }

                while (comparer.Compare(entries[right], pivot) > 0)
                {
                    right--;
                }

                if (left <= right)
                {
                    (entries[left], entries[right]) = (entries[right], entries[left]);
                    left++;
                    right--;
                }
            }

            if (right + 1 < entries.Length - left)
            {
                SortEntries(entries[..(right + 1)], comparer);
                entries = entries[left..];
            }
            else
            {
                SortEntries(entries[left..], comparer);
                entries = entries[..(right + 1)];
            }
        }

        for (var i = 1; i < entries.Length; i++)
        {
            var current = entries[i];
            var j = i - 1;
            while (j >= 0 && comparer.Compare(entries[j], current) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }

            entries[j + 1] = current;
        }
    }

    private void Append(int field, int hash, ReadOnlySpan<byte> value)
    {
        if (_arenaLength + value.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + value.Length));
        }

        value.CopyTo(_arena.AsSpan(_arenaLength));
        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
            Array.Resize(ref _usedSlots, _entries.Length);
        }

        _entries[_count++] = new Entry(field, _arenaLength, value.Length, hash);
        _arenaLength += value.Length;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        RebuildBuckets();
    }

    private void RebuildBuckets()
    {
        Array.Clear(_buckets);
        var mask = _buckets.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = _entries[i].Hash & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = i + 1;
            _usedSlots[i] = slot;
        }
    }

    private static int Hash(int field, ReadOnlySpan<byte> value)
    {
        var hash = new HashCode();
        hash.Add(field);
        hash.AddBytes(value);
        return hash.ToHashCode() & int.MaxValue;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Entry(int Field, int Offset, int Length, int Hash);

    private readonly struct EntryComparer(byte[] arena)
    {
        public int Compare(Entry x, Entry y)
        {
            var byField = x.Field.CompareTo(y.Field);
            return byField != 0
                ? byField
                : arena.AsSpan(x.Offset, x.Length).SequenceCompareTo(arena.AsSpan(y.Offset, y.Length));
        }
    }
}
