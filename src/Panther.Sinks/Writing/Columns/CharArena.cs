using System.Buffers;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Holds the characters of a string column in large chunks, so that each value is a slice and not a string of its
/// own. Slices stay valid until <see cref="Clear"/> or <see cref="Release"/>. Chunks are rented from a pool when
/// first needed (a column that stays empty takes none) and given back by <see cref="Release"/>.
/// </summary>
internal sealed class CharArena
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<char[]> _chunks = [];
    private int _chunk = -1;
    private int _used = ChunkSize;

    /// <summary>Gets the number of characters handed out since the last <see cref="Clear"/>.</summary>
    public long Length { get; private set; }

    public Memory<char> Allocate(int length)
    {
        Length += length;
        if (length == 0)
        {
            return Memory<char>.Empty;
        }

        if (length > ChunkSize / 4)
        {
            return new char[length];
        }

        if (_used + length > ChunkSize)
        {
            _chunk++;
            _used = 0;
            if (_chunk == _chunks.Count)
            {
                _chunks.Add(ArrayPool<char>.Shared.Rent(ChunkSize));
            }
        }

        var slice = _chunks[_chunk].AsMemory(_used, length);
        _used += length;
        return slice;
    }

    /// <summary>Gives a slice back after a caller wrote fewer characters into it than it asked for.</summary>
    public void Shrink(Memory<char> slice, int used)
    {
        Length -= slice.Length - used;
        if (slice.Length <= ChunkSize / 4)
        {
            _used -= slice.Length - used;
        }
    }

    public void Clear()
    {
        _chunk = -1;
        _used = ChunkSize;
        Length = 0;
    }

    /// <summary>Clears the arena and gives its chunks back to the pool.</summary>
    public void Release()
    {
        Clear();
        foreach (var chunk in _chunks)
        {
            ArrayPool<char>.Shared.Return(chunk);
        }

        _chunks.Clear();
    }
}
