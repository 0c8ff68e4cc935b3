using System.Text.Json;

namespace Panther.Parsing.Events;

public readonly partial struct EventValue
{
    /// <summary>Enumerates the elements of an array without allocating (nothing for other values).</summary>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public ArrayEnumerator EnumerateElements() => new(this);

    /// <summary>
    /// Walks the elements of an array in order without allocating; each step costs the same whatever the position.
    /// </summary>
    /// <remarks>A mutable struct: use it in <c>foreach</c> or keep it in a local, never in a readonly field.</remarks>
    public struct ArrayEnumerator
    {
        private readonly ITokenDocument? _owner;
        private readonly int _end;
        private int _next;

        internal ArrayEnumerator(EventValue array)
        {
            var isArray = array._owner is not null && array.Token.Type == JsonTokenType.StartArray;
            _owner = isArray ? array._owner : null;
            _next = isArray ? array._index + 1 : 0;
            _end = isArray ? array.Token.Next : 0;
            Current = default;
        }

        /// <summary>Gets the current element.</summary>
        public EventValue Current { get; private set; }

        /// <summary>Returns this enumerator, so it works in <c>foreach</c>.</summary>
        /// <returns>The enumerator.</returns>
        public readonly ArrayEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next element.</summary>
        /// <returns><see langword="false"/> after the last element.</returns>
        public bool MoveNext()
        {
            if (_owner is null || _next >= _end)
            {
                return false;
            }

            Current = new EventValue(_owner, _next);
            _next = _owner.Tokens[_next].Next;
            return true;
        }
    }
}
