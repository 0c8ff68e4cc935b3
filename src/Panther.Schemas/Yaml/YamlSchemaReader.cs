using System.Globalization;
using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;
using Panther.Schemas.Time;
using YamlDotNet.RepresentationModel;

namespace Panther.Schemas.Yaml;

/// <summary>
/// Turns the YAML nodes of one custom schema into a <see cref="LogSchema"/>, naming the place of each problem.
/// </summary>
internal sealed class YamlSchemaReader(string source)
{
    private static readonly string[] TopKeys = ["schema", "description", "referenceURL", "fields", "definitions",
        "version"];

    private static readonly string[] FieldKeys = ["name", "type", "description", "required", "indicators",
        "timeFormat", "timeFormats", "isEventTime", "validate", "fields", "element", "target"];

    private static readonly string[] UnsupportedKeys = ["copy", "rename", "concat", "mask", "upper", "lower",
        "isEmbeddedJSON", "truncate", "parser"];

    private static readonly string[] TypeNames = ["string", "boolean", "smallint", "int", "bigint", "ubigint",
        "float", "double", "timestamp", "object", "array", "json", "ref"];

    private readonly Dictionary<string, YamlMappingNode> _definitions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    public LogSchema Read(YamlNode root)
    {
        var map = AsMapping(root, "");
        CheckKeys(map, "", TopKeys);
        var name = RequiredScalar(map, "schema", "");
        if (map.Children.TryGetValue(new YamlScalarNode("definitions"), out var definitions))
        {
            foreach (var (key, value) in AsMapping(definitions, "definitions").Children)
            {
                _definitions[Scalar(key, "definitions")] = AsMapping(value, $"definitions.{key}");
            }
        }

        var fields = ReadFields(RequiredNode(map, "fields", ""), "");
        var reference = OptionalScalar(map, "referenceURL", "");
        try
        {
            return new LogSchema(name)
            {
                Description = OptionalScalar(map, "description", ""),
                ReferenceUrl = reference is null ? null : ReadUri(reference, map),
                Fields = fields,
            };
        }
        catch (ArgumentException ex)
        {
            throw Error("schema", ex.Message, map);
        }
    }

    private List<SchemaField> ReadFields(YamlNode node, string parentPath)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw Error(Join(parentPath, "fields"), "'fields' must be a list", node);
        }

        var fields = new List<SchemaField>();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            fields.Add(ReadField(AsMapping(item, $"{Join(parentPath, "fields")}[{index}]"), parentPath, index));
            index++;
        }

        return fields;
    }

    private SchemaField ReadField(YamlMappingNode map, string parentPath, int index)
    {
        var name = OptionalScalar(map, "name", Join(parentPath, $"fields[{index}]"))
            ?? throw Error(Join(parentPath, $"fields[{index}]"), "a field needs a 'name'", map);
        var path = Join(parentPath, name);
        CheckKeys(map, path, FieldKeys);
        var type = ReadType(map, path);
        var (indicators, allowed, denied) = (ReadIndicators(map, path), ReadValues(map, path, "allow"),
            ReadValues(map, path, "deny"));
        if (type is ArrayFieldType && map.Children.TryGetValue(new YamlScalarNode("element"), out var element))
        {
            indicators = [.. indicators, .. ReadIndicators(AsMapping(element, path + "[]"), path + "[]")];
        }

        var isEventTime = ReadBool(map, "isEventTime", path);
        if (isEventTime && type is not TimestampFieldType)
        {
            throw Error(path, $"'isEventTime' needs type timestamp, not {type}", map);
        }

        return new SchemaField(name, type)
        {
            Description = OptionalScalar(map, "description", path),
            Required = ReadBool(map, "required", path),
            IsEventTime = isEventTime,
            Indicators = indicators,
            AllowedValues = allowed,
            DeniedValues = denied,
        };
    }

    private FieldType ReadType(YamlMappingNode map, string path)
    {
        var type = RequiredScalar(map, "type", path);
        switch (type)
        {
            case "string":
                return FieldType.String;
            case "boolean":
                return FieldType.Boolean;
            case "smallint":
                return FieldType.Int16;
            case "int":
                return FieldType.Int32;
            case "bigint":
                return FieldType.Int64;
            case "ubigint":
                return FieldType.UInt64;
            case "float":
            case "double":
                return FieldType.Double;
            case "json":
                return FieldType.Json;
            case "timestamp":
                return FieldType.Timestamp(ReadTimeFormat(map, path));
            case "object":
                return FieldType.Object(ReadFields(RequiredNode(map, "fields", path), path));
            case "array":
                var element = AsMapping(RequiredNode(map, "element", path), path + "[]");
                return FieldType.Array(ReadType(element, path + "[]"));
            case "ref":
                return ReadReference(map, path);
            default:
                throw Error(path, $"unknown type '{type}'; expected one of {string.Join(", ", TypeNames)}", map);
        }
    }

    private FieldType ReadReference(YamlMappingNode map, string path)
    {
        var target = RequiredScalar(map, "target", path);
        if (!_definitions.TryGetValue(target, out var definition))
        {
            throw Error(path, $"'target' names '{target}', which is not in 'definitions'", map);
        }

        if (!_resolving.Add(target))
        {
            throw Error(path, $"definition '{target}' refers to itself", map);
        }

        var type = ReadType(definition, path);
        _resolving.Remove(target);
        return type;
    }

    private TimestampFormat ReadTimeFormat(YamlMappingNode map, string path)
    {
        var names = new List<string>();
        if (OptionalScalar(map, "timeFormat", path) is { } single)
        {
            names.Add(single);
        }

        if (map.Children.TryGetValue(new YamlScalarNode("timeFormats"), out var many))
        {
            names.AddRange(Scalars(many, Join(path, "timeFormats")));
        }

        if (names.Count == 0)
        {
            throw Error(path, "a timestamp needs 'timeFormat' (rfc3339, unix, unix_ms, unix_us, unix_ns or a " +
                "strftime pattern)", map);
        }

        try
        {
            return TimestampFormat.FirstOf(names.Select(TimestampFormat.Parse));
        }
        catch (ArgumentException ex)
        {
            throw Error(path, ex.Message, map);
        }
    }

    private List<IndicatorKind> ReadIndicators(YamlMappingNode map, string path)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("indicators"), out var node))
        {
            return [];
        }

        var kinds = new List<IndicatorKind>();
        foreach (var name in Scalars(node, Join(path, "indicators")))
        {
            if (!IndicatorKind.TryGet(name, out var kind))
            {
                var known = string.Join(", ", IndicatorKind.All.Select(k => k.Name).Order(StringComparer.Ordinal));
                throw Error(path, $"unknown indicator '{name}'; known: {known}", node);
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    private List<string> ReadValues(YamlMappingNode map, string path, string list)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("validate"), out var node))
        {
            return [];
        }

        var validate = AsMapping(node, Join(path, "validate"));
        foreach (var key in validate.Children.Keys)
        {
            var text = Scalar(key, path);
            if (text is not ("allow" or "deny"))
            {
                throw Error(path, $"'validate.{text}' is not supported yet; use 'allow' or 'deny'", key);
            }
        }

        return validate.Children.TryGetValue(new YamlScalarNode(list), out var values)
            ? Scalars(values, Join(path, $"validate.{list}"))
            : [];
    }

    private Uri ReadUri(string text, YamlMappingNode map) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw Error("referenceURL", $"'{text}' is not an absolute URL", map);

    private bool ReadBool(YamlMappingNode map, string key, string path)
    {
        var text = OptionalScalar(map, key, path);
        if (text is null)
        {
            return false;
        }

        return bool.TryParse(text, out var value)
            ? value
            : throw Error(path, $"'{key}' must be true or false, not '{text}'", map.Children[new YamlScalarNode(key)]);
    }

    private void CheckKeys(YamlMappingNode map, string path, string[] allowed)
    {
        foreach (var keyNode in map.Children.Keys)
        {
            var key = Scalar(keyNode, path);
            if (UnsupportedKeys.Contains(key))
            {
                throw Error(path, $"'{key}' is not supported yet", keyNode);
            }

            if (!allowed.Contains(key))
            {
                throw Error(path, $"unknown key '{key}'; expected one of {string.Join(", ", allowed)}", keyNode);
            }
        }
    }

    private string RequiredScalar(YamlMappingNode map, string key, string path) =>
        OptionalScalar(map, key, path) ?? throw Error(path, $"'{key}' is required", map);

    private YamlNode RequiredNode(YamlMappingNode map, string key, string path) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node)
            ? node
            : throw Error(path, $"'{key}' is required", map);

    private string? OptionalScalar(YamlMappingNode map, string key, string path) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? Scalar(node, Join(path, key)) : null;

    private string Scalar(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } value }
            ? value
            : throw Error(path, "expected a single value", node);

    private List<string> Scalars(YamlNode node, string path) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(child => Scalar(child, path))],
        YamlScalarNode => [Scalar(node, path)],
        _ => throw Error(path, "expected a list of values", node),
    };

    private YamlMappingNode AsMapping(YamlNode node, string path) =>
        node as YamlMappingNode ?? throw Error(path, "expected a mapping of keys to values", node);

    private SchemaException Error(string path, string problem, YamlNode at)
    {
        var where = path.Length == 0 ? "" : $"{path}: ";
        var line = at.Start.Line.ToString(CultureInfo.InvariantCulture);
        return new SchemaException($"{source}: {where}{problem} (line {line})");
    }

    private static string Join(string parent, string child) => parent.Length == 0 ? child : $"{parent}.{child}";
}
