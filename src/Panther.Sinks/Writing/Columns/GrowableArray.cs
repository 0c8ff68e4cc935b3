using System.Buffers;
using System.Runtime.CompilerServices;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// An append-only array that doubles when full. Its storage is rented from <see cref="ArrayPool{T}.Shared"/> on the
/// first add and given back when it grows and on <see cref="Release"/>, so that the buffers of one file after another
/// reuse the same arrays instead of leaving large ones to the garbage collector.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class GrowableArray<T>
{
    private const int InitialLength = 32;

    private T[] _items = [];

    public int Count { get; private set; }

    public ReadOnlyMemory<T> Memory => _items.AsMemory(0, Count);

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = item;
    }

    public void Clear()
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            Array.Clear(_items, 0, Count);
        }

        Count = 0;
    }

    /// <summary>Empties the array and gives its storage back to the pool; it may be used again afterwards.</summary>
    public void Release()
    {
        Clear();
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = [];
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(InitialLength, _items.Length * 2));
        _items.AsSpan(0, Count).CopyTo(larger);
        if (_items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        _items = larger;
    }
}
