using System.Text.Json;

namespace Panther.Parsing.Events;

public readonly partial struct EventValue
{
    /// <summary>Enumerates the members of an object in order without allocating (nothing for other values).</summary>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public MemberEnumerator EnumerateMembers() => new(this);

    /// <summary>
    /// Walks the members of an object in order without allocating, duplicates included; each step costs the same
    /// whatever the position.
    /// </summary>
    /// <remarks>A mutable struct: use it in <c>foreach</c> or keep it in a local, never in a readonly field.</remarks>
    public struct MemberEnumerator
    {
        private readonly ITokenDocument? _owner;
        private readonly int _end;
        private int _next;

        internal MemberEnumerator(EventValue value)
        {
            var isObject = value._owner is not null && value.Token.Type == JsonTokenType.StartObject;
            _owner = isObject ? value._owner : null;
            _next = isObject ? value._index + 1 : 0;
            _end = isObject ? value.Token.Next : 0;
            Current = default;
        }

        /// <summary>Gets the current member.</summary>
        public EventMember Current { get; private set; }

        /// <summary>Returns this enumerator, so it works in <c>foreach</c>.</summary>
        /// <returns>The enumerator.</returns>
        public readonly MemberEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next member.</summary>
        /// <returns><see langword="false"/> after the last member.</returns>
        public bool MoveNext()
        {
            if (_owner is null || _next >= _end)
            {
                return false;
            }

            Current = new EventMember(_owner, _next);
            _next = _owner.Tokens[_next + 1].Next;
            return true;
        }
    }
}
