using System.Buffers;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// Holds the characters of a string column in chunks, so that each value is a slice and not a string of its own.
/// Slices stay valid until <see cref="Clear"/> or <see cref="Release"/>. The first chunk is small and each next one
/// twice as large, up to 64 Ki characters, so that a column that holds little takes little while a full one takes few
/// chunks; a table of one hour has hundreds of columns, and a lake writer may hold dozens of hours at once. Chunks
/// are rented from a pool when first needed, kept by <see cref="Clear"/> and given back by <see cref="Release"/>.
/// </summary>
internal sealed class CharArena
{
    private const int FirstChunkSize = 256;
    private const int LastChunkSize = 64 * 1024;

    private readonly List<char[]> _chunks = [];
    private int _chunk = -1;
    private int _used;

    /// <summary>Gets the number of characters handed out since the last <see cref="Clear"/>.</summary>
    public long Length { get; private set; }

    public Memory<char> Allocate(int length)
    {
        Length += length;
        if (length == 0)
        {
            return Memory<char>.Empty;
        }

        if (length > LastChunkSize / 4)
        {
            return new char[length];
        }

        if (_chunk < 0 || _used + length > _chunks[_chunk].Length)
        {
            NextChunk(length);
        }

        var slice = _chunks[_chunk].AsMemory(_used, length);
        _used += length;
        return slice;
    }

    /// <summary>Gives a slice back after a caller wrote fewer characters into it than it asked for.</summary>
    public void Shrink(Memory<char> slice, int used)
    {
        Length -= slice.Length - used;
        if (slice.Length <= LastChunkSize / 4)
        {
            _used -= slice.Length - used;
        }
    }

    public void Clear()
    {
        _chunk = -1;
        _used = 0;
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

    /// <summary>Moves to the next chunk, renting it when the arena has not had that many yet, or renting a larger
    /// one in place of a kept chunk too small for <paramref name="length"/>.</summary>
    private void NextChunk(int length)
    {
        _chunk++;
        _used = 0;
        var size = _chunk == 0 ? FirstChunkSize : Math.Min(LastChunkSize, _chunks[_chunk - 1].Length * 2);
        size = Math.Max(size, length);
        if (_chunk == _chunks.Count)
        {
            _chunks.Add(ArrayPool<char>.Shared.Rent(size));
        }
        else if (_chunks[_chunk].Length < length)
        {
            ArrayPool<char>.Shared.Return(_chunks[_chunk]);
            _chunks[_chunk] = ArrayPool<char>.Shared.Rent(size);
        }
    }
}
