using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Rules.Detections;

/// <summary>
/// A compiled match expression. It reads keys from the event, or, inside a list comprehension, from one element
/// of the list: then the event is null and the element is the root.
/// </summary>
internal abstract class DetectionNode
{
    /// <summary>Evaluates the expression.</summary>
    /// <param name="evt">The event, or null inside a list comprehension.</param>
    /// <param name="root">The list element keys start from, when <paramref name="evt"/> is null.</param>
    public abstract bool Evaluate(RuleEvent? evt, EventValue root);
}

/// <summary>All: every child holds (also the top-level list of a detection).</summary>
internal sealed class AllNode(DetectionNode[] children) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        foreach (var child in children)
        {
            if (!child.Evaluate(evt, root))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>Any: at least one child holds.</summary>
internal sealed class AnyNode(DetectionNode[] children) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        foreach (var child in children)
        {
            if (child.Evaluate(evt, root))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>OnlyOne: exactly one child holds.</summary>
internal sealed class OnlyOneNode(DetectionNode[] children) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        var holding = 0;
        foreach (var child in children)
        {
            if (child.Evaluate(evt, root) && ++holding > 1)
            {
                return false;
            }
        }

        return holding == 1;
    }
}

/// <summary>None: no child holds.</summary>
internal sealed class NoneNode(DetectionNode[] children) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        foreach (var child in children)
        {
            if (child.Evaluate(evt, root))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>AlwaysTrue and AlwaysFalse.</summary>
internal sealed class ConstantNode(bool result) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root) => result;
}

/// <summary>
/// A condition on one key. A path with <c>[*]</c> holds when the test holds for any value it reaches; a path that
/// reaches nothing is tested as a missing value. A negated condition is the positive one inverted.
/// </summary>
internal sealed class KeyConditionNode(EventPath path, ValueTest test, bool negate) : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        bool holds;
        if (!path.HasWildcard)
        {
            holds = test.Test(path.Find(evt, root));
        }
        else
        {
            holds = path.Any(evt, root, test, static (value, t) => t.Test(value), out var reached);
            if (!reached)
            {
                holds = test.Test(default);
            }
        }

        return holds != negate;
    }
}

/// <summary>What a list comprehension counts.</summary>
internal enum ElementQuantifier
{
    AnyElement,
    AllElements,
    OnlyOneElement,
    NoElement,
}

/// <summary>
/// AnyElement, AllElements, OnlyOneElement and NoElement: the nested expressions run on each element of the list
/// at the key. A key that is not a list has no elements: only NoElement holds.
/// </summary>
internal sealed class ElementNode(EventPath path, ElementQuantifier quantifier, DetectionNode expressions)
    : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root)
    {
        var list = path.Find(evt, root);
        if (list.Kind != JsonValueKind.Array)
        {
            return quantifier == ElementQuantifier.NoElement;
        }

        var holding = 0;
        foreach (var element in list.EnumerateElements())
        {
            if (!expressions.Evaluate(null, element))
            {
                if (quantifier == ElementQuantifier.AllElements)
                {
                    return false;
                }

                continue;
            }

            holding++;
            switch (quantifier)
            {
                case ElementQuantifier.AnyElement:
                    return true;
                case ElementQuantifier.NoElement:
                    return false;
                case ElementQuantifier.OnlyOneElement when holding > 1:
                    return false;
            }
        }

        return quantifier switch
        {
            ElementQuantifier.AnyElement => false,
            ElementQuantifier.OnlyOneElement => holding == 1,
            _ => true,
        };
    }
}

/// <summary>
/// A condition between two keys: numbers compare numerically when both values are numbers or numeric strings,
/// otherwise as text. A missing or non-scalar value fails the positive condition.
/// </summary>
internal sealed class KeyToKeyNode(
    EventPath left, EventPath right, TextOperation? text, NumberOperation? number, bool ignoreCase, bool negate)
    : DetectionNode
{
    public override bool Evaluate(RuleEvent? evt, EventValue root) =>
        Holds(left.Find(evt, root), right.Find(evt, root)) != negate;

    private bool Holds(EventValue a, EventValue b)
    {
        var numbers = a.TryGetDouble(out var x) & b.TryGetDouble(out var y);
        if (number is { } operation)
        {
            return numbers && NumberTest.Compare(operation, x, y);
        }

        if (numbers && text == TextOperation.Equals)
        {
            return x == y;
        }

        Span<char> stackA = stackalloc char[DecodedText.StackLength];
        Span<char> stackB = stackalloc char[DecodedText.StackLength];
        if (!DecodedText.TryDecode(a, stackA, out var textA))
        {
            return false;
        }

        using (textA)
        {
            if (!DecodedText.TryDecode(b, stackB, out var textB))
            {
                return false;
            }

            using (textB)
            {
                var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                return text switch
                {
                    TextOperation.StartsWith => textA.Span.StartsWith(textB.Span, comparison),
                    TextOperation.EndsWith => textA.Span.EndsWith(textB.Span, comparison),
                    TextOperation.Contains => textA.Span.Contains(textB.Span, comparison),
                    _ => textA.Span.Equals(textB.Span, comparison),
                };
            }
        }
    }
}
