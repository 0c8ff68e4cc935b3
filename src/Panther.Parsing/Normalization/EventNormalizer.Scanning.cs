using System.Text.Json;
using Panther.Parsing.Events;
using Panther.Parsing.Json;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Normalization;

/// <summary>Indicator scanning: scalar values, every leaf of a value, and members matched by name.</summary>
internal sealed partial class EventNormalizer
{
    private const int MaxTagBytes = 1024;

    private byte[] _nameScratch = new byte[256];

    private void Scan(NormalizedEvent evt, IndicatorScanner[] scanners, int value)
    {
        foreach (var scanner in scanners)
        {
            ScanWith(evt, scanner, value);
        }
    }

    private void ScanWith(NormalizedEvent evt, IndicatorScanner scanner, int value)
    {
        ref readonly var token = ref evt.Tokens[value];
        if (token.Type is JsonTokenType.String or JsonTokenType.Number && TryGetText(evt, in token, out var text))
        {
            scanner.Scan(text, evt.Collector);
        }
    }

    private void ScanLeaves(NormalizedEvent evt, IndicatorScanner[] scanners, int value)
    {
        var end = evt.Tokens[value].Next;
        for (var i = value; i < end; i++)
        {
            if (evt.Tokens[i].Type is JsonTokenType.String or JsonTokenType.Number)
            {
                Scan(evt, scanners, i);
            }
        }
    }

    private void ScanKeys(NormalizedEvent evt, KeyRuleSet rules, int value)
    {
        var tokens = evt.Tokens;
        var end = tokens[value].Next;
        for (var i = value; i < end; i++)
        {
            ref readonly var token = ref tokens[i];
            if (token.Type == JsonTokenType.PropertyName)
            {
                ScanMember(evt, rules, i);
            }
            else if (token.Type == JsonTokenType.String
                && (i == value || tokens[i - 1].Type != JsonTokenType.PropertyName))
            {
                ScanAnyStringRules(evt, rules, i);
            }
        }
    }

    private void ScanMember(NormalizedEvent evt, KeyRuleSet rules, int nameIndex)
    {
        var value = nameIndex + 1;
        if (evt.Tokens[value].Type == JsonTokenType.String)
        {
            ScanAnyStringRules(evt, rules, value);
        }

        var name = GetName(evt, nameIndex);
        foreach (var rule in rules.ExactOfLength(name.Length))
        {
            if (name.SequenceEqual(rule.Name))
            {
                ScanMatchedMember(evt, rule, value);
            }
        }

        foreach (var rule in rules.Suffix)
        {
            if (name.EndsWith(rule.Name))
            {
                ScanMatchedMember(evt, rule, value);
            }
        }
    }

    private void ScanMatchedMember(NormalizedEvent evt, CompiledKeyRule rule, int value)
    {
        var valueType = evt.Tokens[value].Type;
        if (rule.IsTag && valueType is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            ScanTags(evt, rule.Kind.Scanner, value);
        }
        else if (valueType == JsonTokenType.StartArray)
        {
            ScanArrayElements(evt, rule.Kind.Scanner, value);
        }
        else
        {
            ScanWith(evt, rule.Kind.Scanner, value);
        }
    }

    private void ScanAnyStringRules(NormalizedEvent evt, KeyRuleSet rules, int value)
    {
        foreach (var rule in rules.AnyString)
        {
            ScanWith(evt, rule.Kind.Scanner, value);
        }
    }

    private void ScanArrayElements(NormalizedEvent evt, IndicatorScanner scanner, int array)
    {
        var tokens = evt.Tokens;
        var end = tokens[array].Next;
        for (var element = array + 1; element < end; element = tokens[element].Next)
        {
            ScanWith(evt, scanner, element);
        }
    }

    /// <summary>
    /// Scans tags written as a list of <c>{key, value}</c> objects (any case of the two names), as EC2's
    /// <c>{"items": [...]}</c> wrapper around such a list, or as a map, each as <c>key:value</c>.
    /// </summary>
    private void ScanTags(NormalizedEvent evt, IndicatorScanner scanner, int value)
    {
        var tokens = evt.Tokens;
        if (tokens[value].Type == JsonTokenType.StartObject && tokens[value].Count == 1
            && EventJson.FindMember(tokens, evt.Data, value, "items"u8) is var items and >= 0
            && tokens[items].Type == JsonTokenType.StartArray)
        {
            value = items;
        }

        var end = tokens[value].Next;
        if (tokens[value].Type == JsonTokenType.StartObject)
        {
            for (var name = value + 1; name < end; name = tokens[name + 1].Next)
            {
                ScanTag(evt, scanner, name, name + 1);
            }

            return;
        }

        for (var element = value + 1; element < end; element = tokens[element].Next)
        {
            var key = FindMemberIgnoreCase(evt, element, "key"u8);
            var tagValue = FindMemberIgnoreCase(evt, element, "value"u8);
            if (key >= 0 && tagValue >= 0)
            {
                ScanTag(evt, scanner, key, tagValue);
            }
        }
    }

    private void ScanTag(NormalizedEvent evt, IndicatorScanner scanner, int key, int value)
    {
        ref readonly var keyToken = ref evt.Tokens[key];
        ref readonly var valueToken = ref evt.Tokens[value];
        if (keyToken.Type is not (JsonTokenType.String or JsonTokenType.PropertyName)
            || valueToken.Type is not (JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True
                or JsonTokenType.False))
        {
            return;
        }

        Span<byte> tag = stackalloc byte[MaxTagBytes];
        if (!TryGetText(evt, in keyToken, out var keyText) || keyText.Length + 1 > MaxTagBytes)
        {
            return;
        }

        keyText.CopyTo(tag);
        tag[keyText.Length] = (byte)':';
        var length = keyText.Length + 1;
        if (!TryGetText(evt, in valueToken, out var valueText) || length + valueText.Length > MaxTagBytes)
        {
            return;
        }

        valueText.CopyTo(tag[length..]);
        scanner.Scan(tag[..(length + valueText.Length)], evt.Collector);
    }

    private int FindMemberIgnoreCase(NormalizedEvent evt, int objectIndex, ReadOnlySpan<byte> name)
    {
        var tokens = evt.Tokens;
        if (tokens[objectIndex].Type != JsonTokenType.StartObject)
        {
            return -1;
        }

        var end = tokens[objectIndex].Next;
        for (var member = objectIndex + 1; member < end; member = tokens[member + 1].Next)
        {
            if (System.Text.Ascii.EqualsIgnoreCase(GetName(evt, member), name))
            {
                return member + 1;
            }
        }

        return -1;
    }

    private ReadOnlySpan<byte> GetName(NormalizedEvent evt, int nameIndex)
    {
        ref readonly var token = ref evt.Tokens[nameIndex];
        var raw = evt.Data.Slice(token.Start, token.Length);
        if (!token.IsEscaped)
        {
            return raw;
        }

        if (_nameScratch.Length < raw.Length)
        {
            _nameScratch = new byte[raw.Length];
        }

        JsonText.TryUnescape(raw, _nameScratch, out var written);
        return _nameScratch.AsSpan(0, written);
    }
}
