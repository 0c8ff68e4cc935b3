using Panther.Parsing.Json;

namespace Panther.Parsing.Events;

/// <summary>
/// Any JSON document, indexed so it can be read with <see cref="EventValue"/> like a parsed event. Use it for
/// events that do not come from the parser, such as rule test cases, and for values kept beside an event.
/// </summary>
/// <remarks>
/// An instance can be reloaded with <see cref="TryLoad"/>; values read earlier become invalid when it is. Buffers grow
/// to the largest document seen and are reused. Not thread-safe.
/// </remarks>
public sealed class EventDocument : ITokenDocument
{
    /// <summary>The deepest nesting a document may have.</summary>
    public const int MaxDepth = 256;

    private readonly JsonTokenIndex _tokens = new();
    private byte[] _data = [];
    private int _length;

    /// <summary>Gets the root value of the document; missing when nothing is loaded.</summary>
    public EventValue Root => _tokens.Count == 0 ? default : new EventValue(this, 0);

    /// <summary>Gets the document's UTF-8 JSON.</summary>
    public ReadOnlySpan<byte> Utf8Json => _data.AsSpan(0, _length);

    ReadOnlySpan<byte> ITokenDocument.Data => Utf8Json;

    JsonTokenIndex ITokenDocument.Tokens => _tokens;

    /// <summary>Parses a document, throwing when it is not valid JSON.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <returns>The indexed document.</returns>
    /// <exception cref="FormatException">The text is not one valid JSON value.</exception>
    public static EventDocument Parse(ReadOnlySpan<byte> utf8Json)
    {
        var document = new EventDocument();
        return document.TryLoad(utf8Json, out var error) ? document : throw new FormatException(error);
    }

    /// <summary>Parses a document, throwing when it is not valid JSON.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The indexed document.</returns>
    /// <exception cref="FormatException">The text is not one valid JSON value.</exception>
    public static EventDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Replaces the document with another one. Never throws for bad input.</summary>
    /// <param name="utf8Json">The document as UTF-8.</param>
    /// <param name="error">Why the text is not valid JSON, when the method returns false.</param>
    /// <returns><see langword="true"/> when the document was loaded; otherwise the instance is empty.</returns>
    public bool TryLoad(ReadOnlySpan<byte> utf8Json, out string? error)
    {
        if (utf8Json.Length > _data.Length)
        {
            _data = new byte[Math.Max(utf8Json.Length, _data.Length * 2)];
        }

        utf8Json.CopyTo(_data);
        _length = utf8Json.Length;
        if (_tokens.TryIndex(Utf8Json, MaxDepth, out error))
        {
            return true;
        }

        _length = 0;
        return false;
    }
}
