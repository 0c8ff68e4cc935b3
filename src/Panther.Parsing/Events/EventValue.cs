using System.Text;
using System.Text.Json;
using Panther.Parsing.Json;

namespace Panther.Parsing.Events;

/// <summary>
/// A JSON value inside a <see cref="NormalizedEvent"/> or an <see cref="EventDocument"/>, read in place from the
/// event's bytes without allocating.
/// A missing value has <see cref="Kind"/> <see cref="JsonValueKind.Undefined"/>, so lookups can be chained:
/// <c>evt.Root["userIdentity"]["arn"]</c>.
/// </summary>
/// <remarks>Valid only while its event or document is; see <see cref="NormalizedEvent"/>.</remarks>
public readonly partial struct EventValue
{
    private const int StackNameLimit = 256;

    private readonly ITokenDocument? _owner;
    private readonly int _index;

    internal EventValue(ITokenDocument owner, int index)
    {
        _owner = owner;
        _index = index;
    }

    /// <summary>Gets the kind of value, or <see cref="JsonValueKind.Undefined"/> when it is missing.</summary>
    public JsonValueKind Kind => _owner is null
        ? JsonValueKind.Undefined
        : Token.Type switch
        {
            JsonTokenType.StartObject => JsonValueKind.Object,
            JsonTokenType.StartArray => JsonValueKind.Array,
            JsonTokenType.String => JsonValueKind.String,
            JsonTokenType.Number => JsonValueKind.Number,
            JsonTokenType.True => JsonValueKind.True,
            JsonTokenType.False => JsonValueKind.False,
            _ => JsonValueKind.Null,
        };

    /// <summary>Gets a value indicating whether the value is present (it may still be JSON <c>null</c>).</summary>
    public bool Exists => _owner is not null;

    /// <summary>Gets the number of members of an object or elements of an array; 0 otherwise.</summary>
    public int Count => _owner is null ? 0 : Token.Count;

    /// <summary>
    /// Gets the value's JSON text exactly as it arrived; for strings, the content between the quotes, still escaped.
    /// </summary>
    public ReadOnlySpan<byte> RawValue => _owner is null ? default : _owner.Data.Slice(Token.Start, Token.Length);

    /// <summary>Gets a member of an object; a missing member (or a non-object) gives a missing value.</summary>
    /// <param name="name">The member name.</param>
    public EventValue this[string name] => TryGetProperty(name, out var value) ? value : default;

    /// <summary>Gets an element of an array; out of range (or a non-array) gives a missing value.</summary>
    /// <param name="index">The 0-based element index.</param>
    public EventValue this[int index]
    {
        get
        {
            if (_owner is null || Token.Type != JsonTokenType.StartArray || (uint)index >= (uint)Token.Count)
            {
                return default;
            }

            var child = _index + 1;
            for (var i = 0; i < index; i++)
            {
                child = _owner.Tokens[child].Next;
            }

            return new EventValue(_owner, child);
        }
    }

    private ref readonly JsonToken Token => ref _owner!.Tokens[_index];

    /// <summary>Looks up a member of an object by its UTF-8 name.</summary>
    /// <param name="utf8Name">The member name as UTF-8.</param>
    /// <param name="value">The member's value, when found.</param>
    /// <returns><see langword="true"/> when this is an object with that member.</returns>
    public bool TryGetProperty(ReadOnlySpan<byte> utf8Name, out EventValue value)
    {
        value = default;
        if (_owner is null || Token.Type != JsonTokenType.StartObject)
        {
            return false;
        }

        var index = EventJson.FindMember(_owner.Tokens, _owner.Data, _index, utf8Name);
        if (index < 0)
        {
            return false;
        }

        value = new EventValue(_owner, index);
        return true;
    }

    /// <summary>Looks up a member of an object by name.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The member's value, when found.</param>
    /// <returns><see langword="true"/> when this is an object with that member.</returns>
    public bool TryGetProperty(string name, out EventValue value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var max = Encoding.UTF8.GetMaxByteCount(name.Length);
        if (max > StackNameLimit)
        {
            return TryGetProperty(Encoding.UTF8.GetBytes(name), out value);
        }

        Span<byte> utf8 = stackalloc byte[StackNameLimit];
        var length = Encoding.UTF8.GetBytes(name, utf8);
        return TryGetProperty(utf8[..length], out value);
    }

    /// <summary>Compares a string value with UTF-8 text, decoding escapes if needed.</summary>
    /// <param name="utf8Text">The text to compare with.</param>
    /// <returns><see langword="true"/> when this is a string equal to <paramref name="utf8Text"/>.</returns>
    public bool ValueEquals(ReadOnlySpan<byte> utf8Text) =>
        _owner is not null && Token.Type == JsonTokenType.String
            && EventJson.StringEquals(in Token, _owner.Data, utf8Text);

    /// <summary>Compares a string value with text, decoding escapes if needed; does not allocate.</summary>
    /// <param name="text">The text to compare with.</param>
    /// <returns><see langword="true"/> when this is a string equal to <paramref name="text"/>.</returns>
    public bool ValueEquals(ReadOnlySpan<char> text)
    {
        if (_owner is null || Token.Type != JsonTokenType.String)
        {
            return false;
        }

        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (max > StackNameLimit)
        {
            return ValueEquals(Encoding.UTF8.GetBytes(text.ToArray()));
        }

        Span<byte> utf8 = stackalloc byte[StackNameLimit];
        var length = Encoding.UTF8.GetBytes(text, utf8);
        return ValueEquals(utf8[..length]);
    }

    /// <summary>Copies the text of a string (unescaped) or a number (as written) as UTF-8; does not allocate.
    /// </summary>
    /// <param name="destination">Where the bytes go.</param>
    /// <param name="written">How many bytes were written.</param>
    /// <returns><see langword="false"/> for any other kind of value, or when the text does not fit.</returns>
    public bool TryCopyUtf8Text(Span<byte> destination, out int written)
    {
        written = 0;
        if (_owner is null)
        {
            return false;
        }

        var token = Token;
        var raw = _owner.Data.Slice(token.Start, token.Length);
        if (token.Type == JsonTokenType.String && token.IsEscaped)
        {
            return raw.Length <= destination.Length && JsonText.TryUnescape(raw, destination, out written);
        }

        if (token.Type is not (JsonTokenType.String or JsonTokenType.Number) || raw.Length > destination.Length)
        {
            return false;
        }

        raw.CopyTo(destination);
        written = raw.Length;
        return true;
    }

    /// <summary>Gets a string value (allocates); numbers and booleans give their JSON text.</summary>
    /// <returns>The text, or <see langword="null"/> for a missing, null, object or array value.</returns>
    public string? GetString()
    {
        if (_owner is null)
        {
            return null;
        }

        var token = Token;
        return token.Type switch
        {
            JsonTokenType.String => EventJson.DecodeString(in token, _owner.Data),
            JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False =>
                Encoding.UTF8.GetString(_owner.Data.Slice(token.Start, token.Length)),
            _ => null,
        };
    }

    /// <summary>Reads an integer from a JSON number or a numeric string.</summary>
    /// <param name="value">The integer.</param>
    /// <returns><see langword="true"/> when the value is an integer in range.</returns>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        return _owner is not null
            && Token.Type is JsonTokenType.Number or JsonTokenType.String
            && !Token.IsEscaped
            && JsonText.TryParseInt64(RawValue, out value);
    }

    /// <summary>Reads a number from a JSON number or a numeric string.</summary>
    /// <param name="value">The number.</param>
    /// <returns><see langword="true"/> when the value is a finite number.</returns>
    public bool TryGetDouble(out double value)
    {
        value = 0;
        return _owner is not null
            && Token.Type is JsonTokenType.Number or JsonTokenType.String
            && !Token.IsEscaped
            && JsonText.TryParseDouble(RawValue, out value);
    }

    /// <summary>Reads a boolean from JSON <c>true</c>/<c>false</c> or the strings
    /// <c>"true"</c>/<c>"false"</c>.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns><see langword="true"/> when the value is a boolean.</returns>
    public bool TryGetBoolean(out bool value)
    {
        value = false;
        if (_owner is null)
        {
            return false;
        }

        switch (Token.Type)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                return true;
            case JsonTokenType.String:
                return EventJson.TryParseBooleanText(RawValue, out value);
            default:
                return false;
        }
    }

    /// <summary>Gets the value's JSON text (allocates); a string gives its quoted JSON form.</summary>
    /// <returns>The JSON text, or an empty string for a missing value.</returns>
    public string GetRawText()
    {
        if (_owner is null)
        {
            return "";
        }

        var token = Token;
        return token.Type is JsonTokenType.String
            ? Encoding.UTF8.GetString(_owner.Data.Slice(token.Start - 1, token.Length + 2))
            : Encoding.UTF8.GetString(_owner.Data.Slice(token.Start, token.Length));
    }

    /// <summary>Enumerates the elements of an array (nothing for other values); allocates, where
    /// <see cref="EnumerateElements"/> does not.</summary>
    /// <returns>The elements.</returns>
    public IEnumerable<EventValue> EnumerateArray()
    {
        if (_owner is null || Token.Type != JsonTokenType.StartArray)
        {
            yield break;
        }

        var end = Token.Next;
        for (var child = _index + 1; child < end; child = _owner.Tokens[child].Next)
        {
            yield return new EventValue(_owner, child);
        }
    }

    /// <summary>Enumerates the members of an object as name and value (nothing for other values); allocates a
    /// string per name, where <see cref="EnumerateMembers"/> does not.</summary>
    /// <returns>The members.</returns>
    public IEnumerable<KeyValuePair<string, EventValue>> EnumerateObject()
    {
        if (_owner is null || Token.Type != JsonTokenType.StartObject)
        {
            yield break;
        }

        var end = Token.Next;
        for (var name = _index + 1; name < end; name = _owner.Tokens[name + 1].Next)
        {
            var nameToken = _owner.Tokens[name];
            yield return new(EventJson.DecodeString(in nameToken, _owner.Data), new EventValue(_owner, name + 1));
        }
    }

    /// <inheritdoc />
    public override string ToString() => _owner is null ? "" : GetString() ?? GetRawText();
}
