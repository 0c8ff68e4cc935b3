using System.Runtime.InteropServices;
using System.Text.Json;

namespace Panther.Parsing.Json;

/// <summary>
/// One entry of a <see cref="JsonTokenIndex"/>: where a JSON value or member name sits in the input bytes and where
/// the next sibling starts, so values can be found and skipped without parsing again.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct JsonToken
{
    /// <summary>The token type: an object, an array, a property name or a scalar.</summary>
    public JsonTokenType Type;

    /// <summary>Whether a string or property name contains escape sequences.</summary>
    public bool IsEscaped;

    /// <summary>
    /// The offset of the token in the input: for strings and names the first byte after the opening quote, for
    /// containers the opening bracket, for other scalars their first byte.
    /// </summary>
    public int Start;

    /// <summary>
    /// The length in bytes: for strings and names without the quotes, for containers through the closing bracket.
    /// </summary>
    public int Length;

    /// <summary>The index of the token after this value and everything inside it.</summary>
    public int Next;

    /// <summary>For containers, the number of members or elements.</summary>
    public int Count;
}
