using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Panther.Parsing.Json;

/// <summary>
/// A reusable index of every token of one JSON document, built in a single pass with <see cref="Utf8JsonReader"/>.
/// Values stay UTF-8 slices of the input; the index only records their positions and nesting.
/// </summary>
/// <remarks>Not thread-safe. The arrays grow to the largest document seen and are then reused, except that an
/// index grown past 64 Ki tokens shrinks again for a document a quarter of its size.</remarks>
internal sealed class JsonTokenIndex
{
    /// <summary>The size above which the token array is given up for a smaller one when a document much smaller
    /// than it arrives, so that one huge record does not keep its index alive in a pooled event forever.</summary>
    private const int LargeTokenCount = 64 * 1024;

    private JsonToken[] _tokens = new JsonToken[256];
    private int[] _stack = new int[32];

    /// <summary>Gets the number of tokens in the current document.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the tokens of the current document; the first one is the root.</summary>
    public ReadOnlySpan<JsonToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>Gets how many tokens the index holds before it grows.</summary>
    public int Capacity => _tokens.Length;

    /// <summary>Gets a token by index.</summary>
    /// <param name="index">The token index.</param>
    /// <returns>A reference to the token.</returns>
    public ref readonly JsonToken this[int index]
    {
        get
        {
            Debug.Assert((uint)index < (uint)Count);
            return ref _tokens[index];
        }
    }

    /// <summary>Indexes a complete JSON document. Never throws for bad input.</summary>
    /// <param name="json">The document; exactly one JSON value with optional white space around it.</param>
    /// <param name="maxDepth">The deepest nesting allowed.</param>
    /// <param name="error">Why the document is not valid JSON, when the method returns false.</param>
    /// <returns><see langword="true"/> when the document was indexed.</returns>
    public bool TryIndex(ReadOnlySpan<byte> json, int maxDepth, out string? error)
    {
        Count = 0;
        error = null;
        if (_tokens.Length > LargeTokenCount && json.Length < _tokens.Length / 4)
        {
            _tokens = new JsonToken[Math.Max(256, json.Length / 4)];
        }

        if (!Utf8.IsValid(json))
        {
            error = DescribeInvalidUtf8(json);
            return false;
        }

        var depth = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                depth = Add(ref reader, depth);
            }
        }
        catch (JsonException ex)
        {
            Count = 0;
            error = DescribeJsonError(ex, reader.BytesConsumed);
            return false;
        }

        if (Count == 0)
        {
            error = "the record holds no JSON value";
            return false;
        }

        return true;
    }

    private int Add(ref Utf8JsonReader reader, int depth)
    {
        var type = reader.TokenType;
        switch (type)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                CountChild(depth);
                Push(ref depth, Append(type, (int)reader.TokenStartIndex, 0, false));
                return depth;
            case JsonTokenType.EndObject:
            case JsonTokenType.EndArray:
                var open = _stack[--depth];
                ref var container = ref _tokens[open];
                container.Length = (int)reader.TokenStartIndex - container.Start + 1;
                container.Next = Count;
                return depth;
            case JsonTokenType.PropertyName:
                Append(type, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                return depth;
            case JsonTokenType.String:
                CountChild(depth);
                Append(type, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length, reader.ValueIsEscaped);
                return depth;
            default:
                CountChild(depth);
                Append(type, (int)reader.TokenStartIndex, reader.ValueSpan.Length, false);
                return depth;
        }
    }

    private void CountChild(int depth)
    {
        if (depth > 0)
        {
            _tokens[_stack[depth - 1]].Count++;
        }
    }

    private int Append(JsonTokenType type, int start, int length, bool escaped)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        var index = Count++;
        _tokens[index] = new JsonToken
        {
            Type = type,
            Start = start,
            Length = length,
            IsEscaped = escaped,
            Next = index + 1,
        };
        return index;
    }

    private void Push(ref int depth, int index)
    {
        if (depth == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }

        _stack[depth++] = index;
    }

    private static string DescribeInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var chars = new char[json.Length];
        Utf8.ToUtf16(json, chars, out var valid, out _, replaceInvalidSequences: false);
        return string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {valid} of the record");
    }

    private static string DescribeJsonError(JsonException ex, long bytesConsumed)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        var position = ex.BytePositionInLine ?? bytesConsumed;
        return $"invalid JSON at byte {position.ToString(System.Globalization.CultureInfo.InvariantCulture)} " +
            $"of the record: {message.TrimEnd('.')}";
    }
}
