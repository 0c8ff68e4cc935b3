using System.Globalization;
using System.Net;
using Panther.Rules.Runtimes;

namespace Panther.Rules.Detections;

/// <summary>
/// Compiles match expressions, given as plain YAML values, into <see cref="DetectionNode"/> trees. Every error
/// names the source file and the place inside it, such as <c>Detection[2].Condition</c>.
/// </summary>
internal sealed class ExpressionReader(string source)
{
    private static readonly string[] Combinators = ["All", "Any", "OnlyOne", "None"];

    private static readonly HashSet<string> ExpressionKeys =
        ["Key", "KeyPath", "DeepKey", "Condition", "Value", "Values", "Expressions"];

    /// <summary>Reads a list of expressions that must all hold; a single mapping counts as a list of one.</summary>
    public DetectionNode ReadList(object? value, string where)
    {
        var children = ReadChildren(value, where);
        return children.Length == 1 ? children[0] : new AllNode(children);
    }

    /// <summary>Reads a key specifier: a mapping with one of Key, KeyPath or DeepKey, or a KeyPath as text.</summary>
    public EventPath ReadKeySpecifier(object? value, string where)
    {
        if (value is string text)
        {
            return ParsePath(text, where);
        }

        if (value is not Dictionary<string, object?> map)
        {
            throw Error(where, "expected a mapping with Key, KeyPath or DeepKey.");
        }

        foreach (var key in map.Keys)
        {
            if (key is not ("Key" or "KeyPath" or "DeepKey"))
            {
                throw Error($"{where}.{key}", "unknown key; expected Key, KeyPath or DeepKey.");
            }
        }

        return ReadPath(map, where) ?? throw Error(where, "needs one of Key, KeyPath or DeepKey.");
    }

    /// <summary>Makes an error that names the file and the place.</summary>
    public RuleLoadException Error(string where, string message) => new($"{source}: {where}: {message}");

    private DetectionNode[] ReadChildren(object? value, string where)
    {
        var items = value switch
        {
            List<object?> list => list,
            Dictionary<string, object?> single => [single],
            _ => throw Error(where, "expected a list of match expressions."),
        };
        if (items.Count == 0)
        {
            throw Error(where, "needs at least one match expression.");
        }

        var children = new DetectionNode[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            children[i] = ReadExpression(items[i], value is List<object?> ? $"{where}[{i}]" : where);
        }

        return children;
    }

    private DetectionNode ReadExpression(object? value, string where)
    {
        if (value is not Dictionary<string, object?> map)
        {
            throw Error(where, "expected a match expression (a mapping).");
        }

        foreach (var name in Combinators)
        {
            if (map.TryGetValue(name, out var inner))
            {
                if (map.Count != 1)
                {
                    throw Error(where, $"{name} must be the only key of its mapping.");
                }

                var children = ReadChildren(inner, $"{where}.{name}");
                return name switch
                {
                    "All" => new AllNode(children),
                    "Any" => new AnyNode(children),
                    "OnlyOne" => new OnlyOneNode(children),
                    _ => new NoneNode(children),
                };
            }
        }

        foreach (var key in map.Keys)
        {
            if (!ExpressionKeys.Contains(key))
            {
                throw Error($"{where}.{key}", "unknown key; a match expression takes Key, KeyPath or DeepKey, "
                    + "Condition, Value, Values and Expressions, or is one of All, Any, OnlyOne, None.");
            }
        }

        var condition = ReadCondition(map, where);
        var path = ReadPath(map, where);
        if (condition.Shape == ConditionShape.Absolute)
        {
            Forbid(map, where, condition, "Key", "KeyPath", "DeepKey", "Value", "Values", "Expressions");
            return new ConstantNode(!condition.Negate);
        }

        if (path is null)
        {
            return ReadKeyToKey(map, where, condition);
        }

        return condition.Shape switch
        {
            ConditionShape.Elements => ReadElements(map, where, condition, path),
            ConditionShape.Text => Keyed(map, where, condition, path, ReadText(map, where, condition)),
            ConditionShape.Number => Keyed(map, where, condition, path, ReadNumber(map, where, condition)),
            ConditionShape.In => Keyed(map, where, condition, path, ReadIn(map, where, condition)),
            ConditionShape.Network => Keyed(map, where, condition, path, ReadNetworks(map, where, condition)),
            ConditionShape.Existence => Keyed(map, where, condition, path, new ExistenceTest(condition.Existence)),
            _ => Keyed(map, where, condition, path, new AddressTest(condition.Address)),
        };
    }

    private KeyConditionNode Keyed(
        Dictionary<string, object?> map, string where, DetectionCondition condition, EventPath path, ValueTest test)
    {
        if (condition.Shape is ConditionShape.Existence or ConditionShape.Address)
        {
            Forbid(map, where, condition, "Value", "Values");
        }

        Forbid(map, where, condition, "Expressions");
        return new KeyConditionNode(path, test, condition.Negate);
    }

    private DetectionCondition ReadCondition(Dictionary<string, object?> map, string where)
    {
        if (!map.TryGetValue("Condition", out var raw) || raw is null)
        {
            throw Error($"{where}.Condition", "missing; every match expression needs a Condition.");
        }

        if (raw is not string name)
        {
            throw Error($"{where}.Condition", "must be a condition name such as Equals.");
        }

        return DetectionCondition.Find(name) ?? throw Error($"{where}.Condition",
            $"unknown condition '{name}'. Known conditions: {string.Join(", ", DetectionCondition.KnownNames)}.");
    }

    private EventPath? ReadPath(Dictionary<string, object?> map, string where)
    {
        var given = (map.ContainsKey("Key") ? 1 : 0) + (map.ContainsKey("KeyPath") ? 1 : 0)
            + (map.ContainsKey("DeepKey") ? 1 : 0);
        if (given > 1)
        {
            throw Error(where, "give only one of Key, KeyPath and DeepKey.");
        }

        if (map.TryGetValue("Key", out var key))
        {
            return key is string name && name.Length > 0
                ? EventPath.FromKeys(name)
                : throw Error($"{where}.Key", "must be a field name.");
        }

        if (map.TryGetValue("KeyPath", out var keyPath))
        {
            return keyPath is string text
                ? ParsePath(text, $"{where}.KeyPath")
                : throw Error($"{where}.KeyPath", "must be a path such as a.b[0].c.");
        }

        if (map.TryGetValue("DeepKey", out var deepKey))
        {
            return ReadDeepKey(deepKey, $"{where}.DeepKey");
        }

        return null;
    }

    private EventPath ReadDeepKey(object? value, string where)
    {
        if (value is not List<object?> list || list.Count == 0)
        {
            throw Error(where, "must be a list of field names.");
        }

        var segments = new List<EventPathSegment>();
        for (var i = 0; i < list.Count; i++)
        {
            segments.Add(list[i] switch
            {
                string name => EventPathSegment.Member(name),
                long index when index is >= 0 and <= int.MaxValue => EventPathSegment.Index((int)index),
                _ => throw Error($"{where}[{i}]", "must be a field name or an array index."),
            });
        }

        return EventPath.FromSegments(segments);
    }

    private EventPath ParsePath(string text, string where)
    {
        try
        {
            return EventPath.Parse(text);
        }
        catch (FormatException ex)
        {
            throw Error(where, ex.Message);
        }
    }

    private TextTest ReadText(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        Forbid(map, where, condition, "Values");
        var constant = ReadConstant(map, where, condition);
        if (condition.Text != TextOperation.Equals && constant.Boolean is not null)
        {
            throw Error($"{where}.Value", $"{condition.Name} needs text or a number, not a boolean.");
        }

        return new TextTest(condition.Text, constant, condition.IgnoreCase);
    }

    private NumberTest ReadNumber(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        Forbid(map, where, condition, "Values");
        var constant = ReadConstant(map, where, condition);
        if (constant.Number is { } number)
        {
            return new NumberTest(condition.Number, number, constant.Integer);
        }

        return double.TryParse(constant.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? new NumberTest(condition.Number, parsed)
            : throw Error($"{where}.Value", $"{condition.Name} needs a number, not '{constant.Text}'.");
    }

    private InTest ReadIn(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        Forbid(map, where, condition, "Value");
        if (!map.TryGetValue("Values", out var raw) || raw is not List<object?> list || list.Count == 0)
        {
            throw Error($"{where}.Values", $"{condition.Name} needs a non-empty list of values.");
        }

        var constants = new DetectionConstant[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            constants[i] = DetectionConstant.From(list[i])
                ?? throw Error($"{where}.Values[{i}]", "must be text, a number or a boolean.");
        }

        return new InTest(constants, condition.IgnoreCase);
    }

    private NetworkTest ReadNetworks(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        var (raw, key) = map.TryGetValue("Value", out var single)
            ? (single, "Value")
            : (map.GetValueOrDefault("Values"), "Values");
        var items = raw switch
        {
            string text => [text],
            List<object?> list when list.Count > 0 => list,
            _ => throw Error(
                $"{where}.{key}", $"{condition.Name} needs a CIDR such as 10.0.0.0/8, or a list of them."),
        };

        var networks = new List<IPNetwork>();
        for (var i = 0; i < items.Count; i++)
        {
            var place = raw is string ? $"{where}.{key}" : $"{where}.{key}[{i}]";
            if (items[i] is not string text || !IPNetwork.TryParse(text, out var network))
            {
                throw Error(place, $"'{items[i]}' is not a CIDR such as 10.0.0.0/8 or 2001:db8::/32.");
            }

            networks.Add(network);
        }

        return new NetworkTest(networks);
    }

    private ElementNode ReadElements(
        Dictionary<string, object?> map, string where, DetectionCondition condition, EventPath path)
    {
        Forbid(map, where, condition, "Value", "Values");
        if (!map.TryGetValue("Expressions", out var expressions))
        {
            throw Error($"{where}.Expressions", $"{condition.Name} needs the Expressions to run on each element.");
        }

        return new ElementNode(path, condition.Quantifier, ReadList(expressions, $"{where}.Expressions"));
    }

    private KeyToKeyNode ReadKeyToKey(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        if (condition.Shape is not (ConditionShape.Text or ConditionShape.Number))
        {
            throw Error(where, $"{condition.Name} needs one of Key, KeyPath or DeepKey.");
        }

        if (map.GetValueOrDefault("Values") is not List<object?> { Count: 2 } keys
            || !keys.TrueForAll(k => k is Dictionary<string, object?>))
        {
            throw Error(where, "needs one of Key, KeyPath or DeepKey, or, to compare two keys, "
                + "Values with exactly two key specifiers.");
        }

        Forbid(map, where, condition, "Value", "Expressions");
        var left = ReadKeySpecifier(keys[0], $"{where}.Values[0]");
        var right = ReadKeySpecifier(keys[1], $"{where}.Values[1]");
        return condition.Shape == ConditionShape.Number
            ? new KeyToKeyNode(left, right, null, condition.Number, false, condition.Negate)
            : new KeyToKeyNode(left, right, condition.Text, null, condition.IgnoreCase, condition.Negate);
    }

    private DetectionConstant ReadConstant(Dictionary<string, object?> map, string where, DetectionCondition condition)
    {
        if (!map.TryGetValue("Value", out var raw))
        {
            throw Error($"{where}.Value", $"{condition.Name} needs a Value.");
        }

        return DetectionConstant.From(raw) ?? throw Error($"{where}.Value", raw is null
            ? "is null; use the IsNull or IsNotNull condition to test for null."
            : "must be text, a number or a boolean.");
    }

    private void Forbid(
        Dictionary<string, object?> map, string where, DetectionCondition condition, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (map.ContainsKey(key))
            {
                throw Error($"{where}.{key}", $"not used by the {condition.Name} condition.");
            }
        }
    }
}
