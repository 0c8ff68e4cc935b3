using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Panther.Rules.Specs;

/// <summary>
/// Builds plain values from YAML parser events with an explicit stack, so nesting depth, alias expansion and cycles
/// are checked instead of overflowing the call stack or memory.
/// </summary>
internal sealed class YamlValueBuilder(IParser parser)
{
    private readonly Stack<Frame> _stack = new();
    private readonly Dictionary<string, (object? Value, long Size)> _anchors = new(StringComparer.Ordinal);
    private long _values;

    public object? Read()
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        object? result = null;
        var done = false;
        while (!done)
        {
            var current = parser.Current ?? throw new FormatException("the YAML document ends unexpectedly.");
            parser.MoveNext();
            switch (current)
            {
                case MappingStart mapping:
                    Open(new Frame(new Dictionary<string, object?>(StringComparer.Ordinal), mapping.Anchor, mapping));
                    continue;
                case SequenceStart sequence:
                    Open(new Frame(new List<object?>(), sequence.Anchor, sequence));
                    continue;
                case MappingEnd or SequenceEnd:
                    var frame = _stack.Pop();
                    done = Add(frame.Container, frame.Anchor, _values - frame.ValuesAtStart + 1, ref result);
                    continue;
                case Scalar scalar:
                    done = Add(PlainValues.FromScalar(scalar), scalar.Anchor, 1, ref result);
                    continue;
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        throw Error(alias, $"alias *{alias.Value} refers to an anchor that is not defined before it "
                            + "or that contains the alias");
                    }

                    Count(alias, anchored.Size);
                    done = Add(anchored.Value, AnchorName.Empty, 0, ref result);
                    continue;
                default:
                    throw Error(current, "unexpected YAML content");
            }
        }

        parser.Consume<DocumentEnd>();
        if (!parser.Accept<StreamEnd>(out _))
        {
            throw Error(parser.Current!, "expected one YAML document, found more");
        }

        return result;
    }

    private static FormatException Error(ParsingEvent at, string message) =>
        new($"line {at.Start.Line}: {message}.");

    private void Open(Frame frame)
    {
        if (_stack.Count >= PlainValues.MaxDepth)
        {
            throw Error(frame.Start, $"nested deeper than {PlainValues.MaxDepth} levels");
        }

        frame.ValuesAtStart = _values;
        _stack.Push(frame);
    }

    private void Count(ParsingEvent at, long size)
    {
        _values += size;
        if (_values > PlainValues.MaxValues)
        {
            throw Error(at, $"holds more than {PlainValues.MaxValues:N0} values once its aliases are expanded");
        }
    }

    private bool Add(object? value, AnchorName anchor, long size, ref object? result)
    {
        if (size == 1)
        {
            Count(parser.Current!, 1);
        }

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = (value, Math.Max(size, 1));
        }

        if (_stack.Count == 0)
        {
            result = value;
            return true;
        }

        var parent = _stack.Peek();
        switch (parent.Container)
        {
            case List<object?> list:
                list.Add(value);
                break;
            case Dictionary<string, object?> map when parent.PendingKey is null:
                parent.PendingKey = value switch
                {
                    string text => text,
                    null => "",
                    Dictionary<string, object?> or List<object?> =>
                        throw Error(parent.Start, "a mapping key must be a plain value"),
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                };
                break;
            case Dictionary<string, object?> map:
                if (!map.TryAdd(parent.PendingKey, value))
                {
                    throw Error(parent.Start, $"the key '{parent.PendingKey}' appears twice in one mapping");
                }

                parent.PendingKey = null;
                break;
        }

        return false;
    }

    private sealed class Frame(object container, AnchorName anchor, ParsingEvent start)
    {
        public object Container { get; } = container;

        public AnchorName Anchor { get; } = anchor;

        public ParsingEvent Start { get; } = start;

        public long ValuesAtStart { get; set; }

        public string? PendingKey { get; set; }
    }
}
