using Panther.Parsing.Json;

namespace Panther.Parsing.Events;

/// <summary>Bytes of one JSON document and the index of its tokens, as read by <see cref="EventValue"/>.</summary>
internal interface ITokenDocument
{
    /// <summary>Gets the document's bytes.</summary>
    ReadOnlySpan<byte> Data { get; }

    /// <summary>Gets the index of the document's tokens.</summary>
    JsonTokenIndex Tokens { get; }
}
