using System.Globalization;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Parsing.Json;
using Panther.Schemas.Fields;

namespace Panther.Parsing.Normalization;

/// <summary>
/// Checks an indexed event against a schema and normalizes it in one walk: validates each value against its declared
/// type, records values that do not fit, finds the event time and collects indicators.
/// </summary>
/// <remarks>Not thread-safe: it reuses scratch buffers. Use one per parsing thread.</remarks>
internal sealed partial class EventNormalizer
{
    private const int ShownChars = 80;
    private const int ShownBytes = 512;

    /// <summary>Member names longer than this are not decoded to be ranked; no schema names such a field.</summary>
    private const int MaxHashedNameBytes = 1024;

    private byte[] _scratch = new byte[1024];
    private PathSegment[] _path = new PathSegment[32];
    private int _depth;

    /// <summary>
    /// Decides whether the event belongs to the schema: the root is an object and every required top-level field is
    /// present with a valid, allowed value.
    /// </summary>
    /// <param name="evt">The indexed event.</param>
    /// <param name="schema">The candidate schema.</param>
    /// <param name="reason">Why it does not belong, when <paramref name="explain"/> is set and the answer is
    /// no.</param>
    /// <param name="explain">Whether to describe a failure (allocates).</param>
    /// <returns><see langword="true"/> when the event belongs to the schema.</returns>
    public bool TryIdentify(NormalizedEvent evt, CompiledSchema schema, out string? reason, bool explain)
    {
        var decline = Identify(evt, schema);
        reason = explain && decline is { } why ? Describe(evt, why) : null;
        return decline is null;
    }

    /// <summary>Decides as <see cref="TryIdentify"/> does, saying why not without allocating.</summary>
    /// <param name="evt">The indexed event.</param>
    /// <param name="schema">The candidate schema.</param>
    /// <returns>Null when the event belongs to the schema, else why it does not.</returns>
    public IdentifyDecline? Identify(NormalizedEvent evt, CompiledSchema schema)
    {
        var tokens = evt.Tokens;
        if (tokens[0].Type != JsonTokenType.StartObject)
        {
            return new IdentifyDecline(null, 0);
        }

        foreach (var field in schema.Required)
        {
            var value = EventJson.FindMember(tokens, evt.Data, 0, field.Name);
            if (value < 0 || !IsValidIdentifier(evt, field, value))
            {
                return new IdentifyDecline(field, value);
            }
        }

        return null;
    }

    /// <summary>Describes why an event does not belong to a schema (allocates).</summary>
    /// <param name="evt">The indexed event.</param>
    /// <param name="decline">What <see cref="Identify"/> said.</param>
    /// <returns>The reason, such as <c>missing required field 'eventSource'</c>.</returns>
    public static string Describe(NormalizedEvent evt, IdentifyDecline decline) => decline switch
    {
        { Field: null } => $"expected a JSON object, found {Describe(evt.Tokens[0].Type)}",
        { Value: < 0 } => $"missing required field '{decline.Field.Field.Name}'",
        _ => DescribeBadIdentifier(evt, decline.Field, decline.Value),
    };

    /// <summary>
    /// Measures how close an event comes to a schema, to list the nearest log types first when explaining why
    /// nothing matched: the share of the schema's required top-level fields present (weighted twice) plus the share
    /// of the event's top-level members that the schema names. Used only on the failure path.
    /// </summary>
    /// <param name="evt">The indexed event.</param>
    /// <param name="schema">The candidate schema.</param>
    /// <param name="memberHashes">The hash codes of the event's member names, from <see cref="MemberNameHashes"/>.
    /// </param>
    /// <returns>A score from 0 to 3; 0 when the root is not an object.</returns>
    public static double Closeness(NormalizedEvent evt, CompiledSchema schema, ReadOnlySpan<int> memberHashes)
    {
        var tokens = evt.Tokens;
        if (tokens[0].Type != JsonTokenType.StartObject)
        {
            return 0;
        }

        var present = 0;
        foreach (var field in schema.Required)
        {
            present += EventJson.FindMember(tokens, evt.Data, 0, field.Name) >= 0 ? 1 : 0;
        }

        var required = schema.Required.Length == 0 ? 0 : (double)present / schema.Required.Length;
        var named = 0;
        foreach (var hash in memberHashes)
        {
            named += schema.Root.HasNameHash(hash) ? 1 : 0;
        }

        return (2 * required) + (memberHashes.IsEmpty ? 0 : (double)named / memberHashes.Length);
    }

    /// <summary>Gets the hash codes of the names of an event's top-level members, as <see cref="Closeness"/> takes
    /// them (allocates; for the failure path).</summary>
    /// <param name="evt">The indexed event.</param>
    /// <returns>One hash code per member, in order; none when the root is not an object.</returns>
    public static int[] MemberNameHashes(NormalizedEvent evt)
    {
        var tokens = evt.Tokens;
        if (tokens[0].Type != JsonTokenType.StartObject)
        {
            return [];
        }

        var hashes = new List<int>(tokens[0].Count);
        var end = tokens[0].Next;
        for (var name = 1; name < end; name = tokens[name + 1].Next)
        {
            hashes.Add(tokens[name].Length > MaxHashedNameBytes
                ? 0
                : EventJson.DecodeString(in tokens[name], evt.Data).GetHashCode(StringComparison.Ordinal));
        }

        return [.. hashes];
    }

    /// <summary>Normalizes an event that <see cref="TryIdentify"/> accepted.</summary>
    /// <param name="evt">The event.</param>
    /// <param name="schema">Its schema.</param>
    public void Normalize(NormalizedEvent evt, CompiledSchema schema)
    {
        evt.ResetNormalization();
        evt.Compiled = schema;
        _depth = 0;
        WalkObject(evt, schema.Root, 0, checkRequired: false);
        evt.Collector.Sort();
    }

    /// <summary>Walks the members of an object; nested required fields that are absent are parse errors.</summary>
    private void WalkObject(NormalizedEvent evt, CompiledObject obj, int objectIndex, bool checkRequired)
    {
        var tokens = evt.Tokens;
        var end = tokens[objectIndex].Next;
        var hint = 0;
        var required = checkRequired ? obj.RequiredCount : 0;
        for (var name = objectIndex + 1; name < end; name = tokens[name + 1].Next)
        {
            var slot = obj.IndexOf(in tokens[name], evt.Data, ref hint);
            if (slot < 0)
            {
                continue;
            }

            var field = obj.Fields[slot];
            required -= field.Field.Required ? 1 : 0;
            Push(name, -1);
            WalkField(evt, field, name + 1);
            Pop();
        }

        if (required > 0)
        {
            ReportMissingRequired(evt, obj, objectIndex);
        }
    }

    private void ReportMissingRequired(NormalizedEvent evt, CompiledObject obj, int objectIndex)
    {
        var parent = BuildPath(evt);
        foreach (var field in obj.Fields.Where(f => f.Field.Required))
        {
            if (EventJson.FindMember(evt.Tokens, evt.Data, objectIndex, field.Name) < 0)
            {
                var path = parent.Length == 0 ? field.Field.Name : $"{parent}.{field.Field.Name}";
                evt.AddError(path, "missing required field");
            }
        }
    }

    private void WalkField(NormalizedEvent evt, CompiledField field, int value)
    {
        WalkValue(evt, field, field.Type, value);
        if (field.KeyRules.Count > 0)
        {
            ScanKeys(evt, field.KeyRules, value);
        }
    }

    private void WalkValue(NormalizedEvent evt, CompiledField field, CompiledType type, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type == JsonTokenType.Null)
        {
            return;
        }

        switch (type.Kind)
        {
            case FieldTypeKind.String:
                WalkString(evt, field, value);
                break;
            case FieldTypeKind.Boolean:
                if (!IsBoolean(evt, in token))
                {
                    Error(evt, "expected a boolean", value);
                }

                break;
            case FieldTypeKind.Int16:
            case FieldTypeKind.Int32:
            case FieldTypeKind.Int64:
                WalkInteger(evt, field, type.Kind, value);
                break;
            case FieldTypeKind.UInt64:
                if (!IsUnsigned(evt, in token))
                {
                    Error(evt, "expected an unsigned integer", value);
                }

                break;
            case FieldTypeKind.Float:
            case FieldTypeKind.Double:
                if (!IsNumber(evt, in token))
                {
                    Error(evt, "expected a number", value);
                }

                break;
            case FieldTypeKind.Timestamp:
                WalkTimestamp(evt, field, type, value);
                break;
            case FieldTypeKind.Object:
                if (token.Type == JsonTokenType.StartObject)
                {
                    WalkObject(evt, type.Object!, value, checkRequired: true);
                }
                else
                {
                    Error(evt, "expected an object", value);
                }

                break;
            case FieldTypeKind.Array:
                WalkArray(evt, field, type, value);
                break;
            case FieldTypeKind.Map:
                WalkMap(evt, field, type, value);
                break;
            default:
                if (field.Scanners.Length > 0)
                {
                    ScanLeaves(evt, field.Scanners, value);
                }

                break;
        }
    }

    private void WalkString(NormalizedEvent evt, CompiledField field, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            Error(evt, "expected a string", value);
            return;
        }

        if (field.Scanners.Length > 0)
        {
            Scan(evt, field.Scanners, value);
        }

        if (field.HasValueRules && !IsAllowed(evt, field, value))
        {
            Error(evt, "value is not allowed by the schema", value);
        }
    }

    private void WalkInteger(NormalizedEvent evt, CompiledField field, FieldTypeKind kind, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (!TryReadInteger(evt, in token, out var number))
        {
            Error(evt, "expected an integer", value);
            return;
        }

        if (!IntegerRange.Contains(kind, number))
        {
            Error(evt, $"integer out of range for {field.Field.Type}", value);
            return;
        }

        if (field.Scanners.Length > 0)
        {
            Scan(evt, field.Scanners, value);
        }
    }

    private void WalkTimestamp(NormalizedEvent evt, CompiledField field, CompiledType type, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type is not (JsonTokenType.String or JsonTokenType.Number)
            || !TryGetText(evt, in token, out var text)
            || !type.Format!.TryParse(text, out var time))
        {
            Error(evt, $"not a timestamp in format '{type.Format!.Name}'", value);
            return;
        }

        if (field.IsEventTime && !evt.HasOwnEventTime)
        {
            evt.EventTime = time;
            evt.HasOwnEventTime = true;
        }
    }

    private void WalkArray(NormalizedEvent evt, CompiledField field, CompiledType type, int value)
    {
        var tokens = evt.Tokens;
        if (tokens[value].Type != JsonTokenType.StartArray)
        {
            Error(evt, "expected an array", value);
            return;
        }

        var end = tokens[value].Next;
        var index = 0;
        for (var element = value + 1; element < end; element = tokens[element].Next)
        {
            Push(-1, index++);
            WalkValue(evt, field, type.Element!, element);
            Pop();
        }
    }

    private void WalkMap(NormalizedEvent evt, CompiledField field, CompiledType type, int value)
    {
        var tokens = evt.Tokens;
        if (tokens[value].Type != JsonTokenType.StartObject)
        {
            Error(evt, "expected an object", value);
            return;
        }

        var end = tokens[value].Next;
        for (var name = value + 1; name < end; name = tokens[name + 1].Next)
        {
            Push(name, -1);
            WalkValue(evt, field, type.Element!, name + 1);
            Pop();
        }
    }

    private bool IsValidIdentifier(NormalizedEvent evt, CompiledField field, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        var typeOk = field.Type.Kind switch
        {
            _ when token.Type == JsonTokenType.Null => false,
            FieldTypeKind.String => token.Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray),
            FieldTypeKind.Boolean => IsBoolean(evt, in token),
            FieldTypeKind.Int16 or FieldTypeKind.Int32 or FieldTypeKind.Int64 => TryReadInteger(evt, in token, out _),
            FieldTypeKind.UInt64 => IsUnsigned(evt, in token),
            FieldTypeKind.Float or FieldTypeKind.Double => IsNumber(evt, in token),
            FieldTypeKind.Timestamp => token.Type is JsonTokenType.String or JsonTokenType.Number,
            FieldTypeKind.Object or FieldTypeKind.Map => token.Type == JsonTokenType.StartObject,
            FieldTypeKind.Array => token.Type == JsonTokenType.StartArray,
            _ => true,
        };
        return typeOk && (!field.HasValueRules || IsAllowed(evt, field, value));
    }

    private static string DescribeBadIdentifier(NormalizedEvent evt, CompiledField field, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        var shown = Show(evt, value);
        if (token.Type == JsonTokenType.Null)
        {
            return $"required field '{field.Field.Name}' is null";
        }

        return field.HasValueRules && TypeMatchesLoosely(field, token.Type)
            ? $"required field '{field.Field.Name}' has value {shown}, which the schema does not allow"
            : $"required field '{field.Field.Name}' is not a valid {field.Field.Type}: {shown}";
    }

    private static bool TypeMatchesLoosely(CompiledField field, JsonTokenType type) =>
        field.Type.Kind == FieldTypeKind.String && type is not (JsonTokenType.StartObject or JsonTokenType.StartArray);

    /// <summary>Describes a value for an error message: containers by kind, scalars by their first 80 characters,
    /// decoded from the first 512 bytes only, however long the value (an escape takes at most six bytes).</summary>
    private static string Show(NormalizedEvent evt, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type is JsonTokenType.StartObject)
        {
            return "an object";
        }

        if (token.Type is JsonTokenType.StartArray)
        {
            return "an array";
        }

        var prefix = token;
        prefix.Length = Math.Min(token.Length, ShownBytes);
        var text = EventJson.DecodeString(in prefix, evt.Data);
        if (text.Length <= ShownChars && prefix.Length == token.Length)
        {
            return $"'{text}'";
        }

        var cut = Math.Min(text.Length, ShownChars);
        cut -= cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? 1 : 0;
        return $"'{text[..cut]}...'";
    }

    private bool IsAllowed(NormalizedEvent evt, CompiledField field, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (!TryGetText(evt, in token, out var text))
        {
            return false;
        }

        if (field.Allowed.Length > 0 && !Contains(field.Allowed, text))
        {
            return false;
        }

        return !Contains(field.Denied, text);
    }

    private static bool Contains(byte[][] values, ReadOnlySpan<byte> text)
    {
        foreach (var candidate in values)
        {
            if (text.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBoolean(NormalizedEvent evt, in JsonToken token) => token.Type switch
    {
        JsonTokenType.True or JsonTokenType.False => true,
        JsonTokenType.String => TryGetText(evt, in token, out var text) && EventJson.TryParseBooleanText(text, out _),
        _ => false,
    };

    private bool IsNumber(NormalizedEvent evt, in JsonToken token) =>
        token.Type is JsonTokenType.Number or JsonTokenType.String
        && TryGetText(evt, in token, out var text)
        && JsonText.TryParseDouble(text, out _);

    private bool IsUnsigned(NormalizedEvent evt, in JsonToken token) =>
        token.Type is JsonTokenType.Number or JsonTokenType.String
        && TryGetText(evt, in token, out var text)
        && JsonText.TryParseUInt64(text, out _);

    private bool TryReadInteger(NormalizedEvent evt, in JsonToken token, out long value)
    {
        value = 0;
        return token.Type is JsonTokenType.Number or JsonTokenType.String
            && TryGetText(evt, in token, out var text)
            && JsonText.TryParseInt64(text, out value);
    }

    /// <summary>
    /// Gets the text of a scalar token: a string's unescaped content (in a scratch buffer that the next call reuses)
    /// or a number's or boolean's JSON text.
    /// </summary>
    private bool TryGetText(NormalizedEvent evt, in JsonToken token, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (token.Type is JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null)
        {
            return false;
        }

        var raw = evt.Data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            text = raw;
            return true;
        }

        if (_scratch.Length < raw.Length)
        {
            _scratch = new byte[Math.Max(raw.Length, _scratch.Length * 2)];
        }

        JsonText.TryUnescape(raw, _scratch, out var written);
        text = _scratch.AsSpan(0, written);
        return true;
    }

    private void Push(int nameToken, int arrayIndex)
    {
        if (_depth == _path.Length)
        {
            Array.Resize(ref _path, _path.Length * 2);
        }

        _path[_depth++] = new PathSegment(nameToken, arrayIndex);
    }

    private void Pop() => _depth--;

    private void Error(NormalizedEvent evt, string reason, int value)
    {
        var path = BuildPath(evt);
        evt.AddError(path, $"{reason}, found {Show(evt, value)}");
    }

    private string BuildPath(NormalizedEvent evt)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            var segment = _path[i];
            if (segment.NameToken >= 0)
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(EventJson.DecodeString(in evt.Tokens[segment.NameToken], evt.Data));
            }
            else
            {
                builder.Append('[').Append(segment.ArrayIndex.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return builder.ToString();
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "an object",
    };

    private readonly record struct PathSegment(int NameToken, int ArrayIndex);
}
