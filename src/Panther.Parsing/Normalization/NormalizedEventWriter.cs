using System.Buffers;
using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Parsing.Json;
using Panther.Schemas;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;

namespace Panther.Parsing.Normalization;

/// <summary>
/// Writes a normalized event as JSON: every member of the input in its original order, with values coerced to their
/// declared types (numbers sent as strings become numbers, timestamps become RFC 3339 UTC), values that did not fit
/// kept as they arrived, raw JSON and unknown members copied verbatim, then the <c>p_*</c> fields.
/// </summary>
internal static class NormalizedEventWriter
{
    private const int StackLimit = 256;

    private static readonly JsonEncodedText LogTypeName = JsonEncodedText.Encode(StandardFields.LogType);
    private static readonly JsonEncodedText RowIdName = JsonEncodedText.Encode(StandardFields.RowId);
    private static readonly JsonEncodedText EventTimeName = JsonEncodedText.Encode(StandardFields.EventTime);
    private static readonly JsonEncodedText ParseTimeName = JsonEncodedText.Encode(StandardFields.ParseTime);
    private static readonly JsonEncodedText SourceIdName = JsonEncodedText.Encode(StandardFields.SourceId);
    private static readonly JsonEncodedText SourceLabelName = JsonEncodedText.Encode(StandardFields.SourceLabel);
    private static readonly JsonEncodedText ParseErrorsName = JsonEncodedText.Encode(StandardFields.ParseErrors);
    private static readonly JsonEncodedText EnrichmentName = JsonEncodedText.Encode(StandardFields.Enrichment);
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText ReasonName = JsonEncodedText.Encode("reason");

    public static void Write(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteMembers(evt, writer, evt.Compiled.Root, 0);
        WriteStandardFields(evt, writer);
        WriteIndicators(evt, writer);
        WriteParseErrors(evt, writer);
        WriteEnrichment(evt, writer);
        writer.WriteEndObject();
    }

    private static void WriteEnrichment(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        if (!evt.EnrichmentJson.IsEmpty)
        {
            writer.WritePropertyName(EnrichmentName);
            writer.WriteRawValue(evt.EnrichmentJson, skipInputValidation: true);
        }
    }

    private static void WriteMembers(NormalizedEvent evt, Utf8JsonWriter writer, CompiledObject? obj, int objectIndex)
    {
        var tokens = evt.Tokens;
        var end = tokens[objectIndex].Next;
        var hint = 0;
        for (var name = objectIndex + 1; name < end; name = tokens[name + 1].Next)
        {
            var slot = obj is null ? -1 : obj.IndexOf(in tokens[name], evt.Data, ref hint);
            WriteName(evt, writer, name);
            WriteValue(evt, writer, slot < 0 ? null : obj!.Fields[slot].Type, name + 1);
        }
    }

    private static void WriteValue(NormalizedEvent evt, Utf8JsonWriter writer, CompiledType? type, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (type is null || token.Type == JsonTokenType.Null || !TryWriteTyped(evt, writer, type, value))
        {
            WriteRaw(evt, writer, value);
        }
    }

    private static bool TryWriteTyped(NormalizedEvent evt, Utf8JsonWriter writer, CompiledType type, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        var isString = token.Type == JsonTokenType.String;
        switch (type.Kind)
        {
            case FieldTypeKind.String when token.Type is JsonTokenType.Number or JsonTokenType.True
                or JsonTokenType.False:
                writer.WriteStringValue(evt.Data.Slice(token.Start, token.Length));
                return true;
            case FieldTypeKind.Boolean when isString:
                return WithText(evt, in token, writer, static (w, text) =>
                {
                    var ok = EventJson.TryParseBooleanText(text, out var b);
                    if (ok)
                    {
                        w.WriteBooleanValue(b);
                    }

                    return ok;
                });
            case FieldTypeKind.Int16 or FieldTypeKind.Int32 or FieldTypeKind.Int64 when isString:
                return WithText(evt, in token, writer, type.Kind, static (w, text, kind) =>
                {
                    var ok = JsonText.TryParseInt64(text, out var n) && IntegerRange.Contains(kind, n);
                    if (ok)
                    {
                        w.WriteNumberValue(n);
                    }

                    return ok;
                });
            case FieldTypeKind.UInt64 when isString:
                return WithText(evt, in token, writer, static (w, text) =>
                {
                    var ok = JsonText.TryParseUInt64(text, out var n);
                    if (ok)
                    {
                        w.WriteNumberValue(n);
                    }

                    return ok;
                });
            case FieldTypeKind.Float or FieldTypeKind.Double when isString:
                return WithText(evt, in token, writer, static (w, text) =>
                {
                    var ok = JsonText.TryParseDouble(text, out var d);
                    if (ok)
                    {
                        w.WriteNumberValue(d);
                    }

                    return ok;
                });
            case FieldTypeKind.Timestamp when isString || token.Type == JsonTokenType.Number:
                return TryWriteTimestamp(evt, in token, writer, type.Format!);
            case FieldTypeKind.Object when token.Type == JsonTokenType.StartObject:
                writer.WriteStartObject();
                WriteMembers(evt, writer, type.Object, value);
                writer.WriteEndObject();
                return true;
            case FieldTypeKind.Array when token.Type == JsonTokenType.StartArray:
                WriteArray(evt, writer, type.Element!, value);
                return true;
            case FieldTypeKind.Map when token.Type == JsonTokenType.StartObject:
                WriteMap(evt, writer, type.Element!, value);
                return true;
            default:
                return false;
        }
    }

    private static void WriteArray(NormalizedEvent evt, Utf8JsonWriter writer, CompiledType element, int array)
    {
        var tokens = evt.Tokens;
        var end = tokens[array].Next;
        writer.WriteStartArray();
        for (var item = array + 1; item < end; item = tokens[item].Next)
        {
            WriteValue(evt, writer, element, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteMap(NormalizedEvent evt, Utf8JsonWriter writer, CompiledType valueType, int map)
    {
        var tokens = evt.Tokens;
        var end = tokens[map].Next;
        writer.WriteStartObject();
        for (var name = map + 1; name < end; name = tokens[name + 1].Next)
        {
            WriteName(evt, writer, name);
            WriteValue(evt, writer, valueType, name + 1);
        }

        writer.WriteEndObject();
    }

    private static bool TryWriteTimestamp(NormalizedEvent evt, in JsonToken token, Utf8JsonWriter writer,
        TimestampFormat format) =>
        WithText(evt, in token, writer, format, static (w, text, f) =>
        {
            if (!f.TryParse(text, out var time))
            {
                return false;
            }

            WriteTime(w, time);
            return true;
        });

    public static void WriteStandardFieldsObject(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteStandardFields(evt, writer);
        WriteIndicators(evt, writer);
        WriteParseErrors(evt, writer);
        WriteEnrichment(evt, writer);
        writer.WriteEndObject();
    }

    private static void WriteStandardFields(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        writer.WriteString(LogTypeName, evt.Compiled.Utf8Name);
        writer.WriteString(RowIdName, evt.RowId);
        writer.WritePropertyName(EventTimeName);
        WriteTime(writer, evt.EventTime);
        writer.WritePropertyName(ParseTimeName);
        WriteTime(writer, evt.ParseTime);
        if (evt.Source.Id is { } id)
        {
            writer.WriteString(SourceIdName, id);
        }

        if (evt.Source.Label is { } label)
        {
            writer.WriteString(SourceLabelName, label);
        }
    }

    private static void WriteIndicators(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        var collector = evt.Collector;
        var current = -1;
        for (var i = 0; i < collector.Count; i++)
        {
            var value = collector.GetEntry(i, out var field);
            if (field != current)
            {
                if (current >= 0)
                {
                    writer.WriteEndArray();
                }

                writer.WriteStartArray(IndicatorField.All[field].Name);
                current = field;
            }

            writer.WriteStringValue(value);
        }

        if (current >= 0)
        {
            writer.WriteEndArray();
        }
    }

    private static void WriteParseErrors(NormalizedEvent evt, Utf8JsonWriter writer)
    {
        var errors = evt.ParseErrors;
        if (errors.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(ParseErrorsName);
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString(PathName, error.Path);
            writer.WriteString(ReasonName, error.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter writer, DateTime time)
    {
        Span<byte> buffer = stackalloc byte[Rfc3339Timestamp.MaxLength];
        Rfc3339Timestamp.TryFormat(time, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    private static void WriteName(NormalizedEvent evt, Utf8JsonWriter writer, int nameIndex)
    {
        ref readonly var token = ref evt.Tokens[nameIndex];
        var raw = evt.Data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            writer.WritePropertyName(raw);
            return;
        }

        WithText(evt, in token, writer, static (w, text) =>
        {
            w.WritePropertyName(text);
            return true;
        });
    }

    private static void WriteRaw(NormalizedEvent evt, Utf8JsonWriter writer, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type == JsonTokenType.String)
        {
            writer.WriteRawValue(evt.Data.Slice(token.Start - 1, token.Length + 2), skipInputValidation: true);
            return;
        }

        var raw = evt.Data.Slice(token.Start, token.Length);
        if (raw.IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            writer.WriteRawValue(raw, skipInputValidation: true);
            return;
        }

        var minified = ArrayPool<byte>.Shared.Rent(raw.Length);
        var length = JsonText.Minify(raw, minified);
        writer.WriteRawValue(minified.AsSpan(0, length), skipInputValidation: true);
        ArrayPool<byte>.Shared.Return(minified);
    }

    private static bool WithText(NormalizedEvent evt, in JsonToken token, Utf8JsonWriter writer,
        Func<Utf8JsonWriter, ReadOnlySpan<byte>, bool> action) =>
        WithText(evt, in token, writer, action, static (w, text, a) => a(w, text));

    private static bool WithText<TState>(NormalizedEvent evt, in JsonToken token, Utf8JsonWriter writer,
        TState state, Func<Utf8JsonWriter, ReadOnlySpan<byte>, TState, bool> action)
    {
        var raw = evt.Data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            return action(writer, raw, state);
        }

        byte[]? rented = null;
        var scratch = raw.Length <= StackLimit
            ? stackalloc byte[StackLimit]
            : (rented = ArrayPool<byte>.Shared.Rent(raw.Length));
        try
        {
            JsonText.TryUnescape(raw, scratch, out var written);
            return action(writer, scratch[..written], state);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
