using Panther.Parsing.Json;

namespace Panther.Parsing.Events;

/// <summary>
/// A member of a JSON object inside an event, as given by <see cref="EventValue.EnumerateMembers"/>: its name, read
/// in place, and its value. Reading the name allocates only through <see cref="GetName"/>.
/// </summary>
/// <remarks>Valid only while its event or document is; see <see cref="NormalizedEvent"/>.</remarks>
public readonly struct EventMember
{
    private readonly ITokenDocument? _owner;
    private readonly int _nameIndex;

    internal EventMember(ITokenDocument owner, int nameIndex)
    {
        _owner = owner;
        _nameIndex = nameIndex;
    }

    /// <summary>Gets the member's value.</summary>
    public EventValue Value => _owner is null ? default : new EventValue(_owner, _nameIndex + 1);

    /// <summary>Gets the name as it arrived between its quotes, still escaped.</summary>
    public ReadOnlySpan<byte> RawName =>
        _owner is null ? default : _owner.Data.Slice(NameToken.Start, NameToken.Length);

    private ref readonly JsonToken NameToken => ref _owner!.Tokens[_nameIndex];

    /// <summary>Gets the name, unescaped (allocates).</summary>
    /// <returns>The name; an empty string for a default instance.</returns>
    public string GetName() => _owner is null ? "" : EventJson.DecodeString(in NameToken, _owner.Data);

    /// <summary>Compares the name, unescaped, with UTF-8 text.</summary>
    /// <param name="utf8Name">The text to compare with.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool NameEquals(ReadOnlySpan<byte> utf8Name) =>
        _owner is not null && EventJson.StringEquals(in NameToken, _owner.Data, utf8Name);

    /// <summary>Copies the name, unescaped, as UTF-16 characters; does not allocate.</summary>
    /// <param name="destination">Where the characters go.</param>
    /// <param name="written">How many characters were written; 0 when the name does not fit.</param>
    /// <returns><see langword="false"/> when the name does not fit in <paramref name="destination"/>, or for a
    /// default instance.</returns>
    public bool TryCopyName(Span<char> destination, out int written)
    {
        if (_owner is null)
        {
            written = 0;
            return false;
        }

        return EventJson.TryCopyString(in NameToken, _owner.Data, destination, out written);
    }
}
