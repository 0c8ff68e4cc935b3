using System.Globalization;
using System.Text;
using System.Text.Json;
using Panther.Parsing.Events;

namespace Panther.Rules;

/// <summary>
/// A path to values inside an event, such as <c>userIdentity.sessionContext.attributes.mfaAuthenticated</c>,
/// <c>resources[0].ARN</c> or <c>requestParameters.policy.Statement[*].Effect</c>. Parse a path once, then use
/// it on every event: lookups do not allocate.
/// </summary>
/// <remarks>
/// The first member is looked up with <see cref="RuleEvent.Get(string)"/>, so standard <c>p_*</c> fields work.
/// A <c>[*]</c> step fans out over every element of an array; <see cref="Any{TState}(RuleEvent, TState,
/// Func{EventValue, TState, bool})"/> visits every value such a path reaches. Instances are immutable and can be
/// shared between threads.
/// </remarks>
public sealed class EventPath
{
    private readonly EventPathSegment[] _segments;

    private EventPath(EventPathSegment[] segments, string text)
    {
        _segments = segments;
        HasWildcard = Array.Exists(segments, s => s.Kind == EventPathSegmentKind.Wildcard);
        Text = text;
    }

    /// <summary>Gets the steps of the path, outermost first.</summary>
    public IReadOnlyList<EventPathSegment> Segments => _segments;

    /// <summary>Gets a value indicating whether a step is <c>[*]</c>, so the path can reach many values.</summary>
    public bool HasWildcard { get; }

    /// <summary>Gets the path as text, in the syntax <see cref="Parse"/> reads.</summary>
    public string Text { get; }

    /// <summary>
    /// Reads a dotted path: member names separated by dots, each followed by any number of <c>[n]</c> (an element)
    /// or <c>[*]</c> (every element) steps. A path may start with a bracket step.
    /// </summary>
    /// <param name="path">The path, for example <c>a.b[0].c</c> or <c>a[*].b</c>.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException">The text is not a path; the message gives the 0-based position.</exception>
    public static EventPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = new List<EventPathSegment>();
        var position = 0;
        while (true)
        {
            if (position < path.Length && path[position] != '[')
            {
                var start = position;
                while (position < path.Length && path[position] is not ('.' or '[' or ']'))
                {
                    position++;
                }

                if (position < path.Length && path[position] == ']')
                {
                    throw Invalid(path, position, "an unopened ']'");
                }

                segments.Add(EventPathSegment.Member(path[start..position]));
            }
            else if (position >= path.Length || segments.Count > 0)
            {
                throw Invalid(path, position, "an empty member name");
            }

            while (position < path.Length && path[position] == '[')
            {
                segments.Add(ReadBracket(path, ref position));
            }

            if (position == path.Length)
            {
                break;
            }

            if (path[position] != '.')
            {
                throw Invalid(path, position, $"'{path[position]}' where a '.' or '[' belongs");
            }

            position++;
            if (position == path.Length || path[position] is '.' or '[')
            {
                throw Invalid(path, position, "an empty member name");
            }
        }

        return new EventPath([.. segments], path);
    }

    /// <summary>Creates a path of member names, like Panther's <c>DeepKey</c> or <c>deep_get</c>.</summary>
    /// <param name="keys">The member names, outermost first; names are taken as they are, dots included.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException"><paramref name="keys"/> is empty.</exception>
    public static EventPath FromKeys(params ReadOnlySpan<string> keys)
    {
        var segments = new EventPathSegment[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            segments[i] = EventPathSegment.Member(keys[i]);
        }

        return FromSegments(segments);
    }

    /// <summary>Creates a path from steps.</summary>
    /// <param name="segments">The steps, outermost first.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentException"><paramref name="segments"/> is empty.</exception>
    public static EventPath FromSegments(IEnumerable<EventPathSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var array = segments.ToArray();
        if (array.Length == 0)
        {
            throw new ArgumentException("A path needs at least one step.", nameof(segments));
        }

        var text = new StringBuilder();
        foreach (var segment in array)
        {
            if (segment.Kind == EventPathSegmentKind.Member && text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(segment.ToString());
        }

        return new EventPath(array, text.ToString());
    }

    /// <summary>Finds the value at this path; for a path with <c>[*]</c>, the first value it reaches.</summary>
    /// <param name="evt">The event.</param>
    /// <returns>The value; missing when a step is missing or has the wrong kind.</returns>
    public EventValue Find(RuleEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        return _segments[0].Kind == EventPathSegmentKind.Member
            ? FindFrom(evt.Get(_segments[0].Name!), 1)
            : FindFrom(evt.Root, 0);
    }

    /// <summary>Finds the value at this path below a value, such as one element of an array of objects.</summary>
    /// <param name="root">The value the path starts from.</param>
    /// <returns>The value; missing when a step is missing or has the wrong kind.</returns>
    public EventValue Find(EventValue root) => FindFrom(root, 0);

    /// <summary>
    /// Visits the values this path reaches, in document order, until <paramref name="predicate"/> returns
    /// <see langword="true"/>. Pass a static lambda and its inputs as <paramref name="state"/> to avoid allocating.
    /// </summary>
    /// <typeparam name="TState">The type of the state handed to the predicate.</typeparam>
    /// <param name="evt">The event.</param>
    /// <param name="state">Passed to every call of <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides for one reached value; only existing values are visited.</param>
    /// <returns><see langword="true"/> when the predicate held for a reached value.</returns>
    public bool Any<TState>(RuleEvent evt, TState state, Func<EventValue, TState, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(evt);
        ArgumentNullException.ThrowIfNull(predicate);
        var reached = false;
        return _segments[0].Kind == EventPathSegmentKind.Member
            ? Walk(evt.Get(_segments[0].Name!), 1, state, predicate, ref reached)
            : Walk(evt.Root, 0, state, predicate, ref reached);
    }

    /// <summary>Visits the values this path reaches below a value, until the predicate returns true.</summary>
    /// <typeparam name="TState">The type of the state handed to the predicate.</typeparam>
    /// <param name="root">The value the path starts from.</param>
    /// <param name="state">Passed to every call of <paramref name="predicate"/>.</param>
    /// <param name="predicate">Decides for one reached value; only existing values are visited.</param>
    /// <returns><see langword="true"/> when the predicate held for a reached value.</returns>
    public bool Any<TState>(EventValue root, TState state, Func<EventValue, TState, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var reached = false;
        return Walk(root, 0, state, predicate, ref reached);
    }

    /// <summary>Gets the path as text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <summary>
    /// Visits reached values from the event, or from <paramref name="root"/> when <paramref name="evt"/> is null,
    /// and says whether any value was reached at all.
    /// </summary>
    internal bool Any<TState>(
        RuleEvent? evt, EventValue root, TState state, Func<EventValue, TState, bool> predicate, out bool reached)
    {
        reached = false;
        if (evt is null)
        {
            return Walk(root, 0, state, predicate, ref reached);
        }

        return _segments[0].Kind == EventPathSegmentKind.Member
            ? Walk(evt.Get(_segments[0].Name!), 1, state, predicate, ref reached)
            : Walk(evt.Root, 0, state, predicate, ref reached);
    }

    /// <summary>Finds the value from the event, or from <paramref name="root"/> when the event is null.</summary>
    internal EventValue Find(RuleEvent? evt, EventValue root) => evt is null ? FindFrom(root, 0) : Find(evt);

    private static EventValue Step(EventValue value, in EventPathSegment segment) =>
        segment.Kind == EventPathSegmentKind.Member
            ? value.TryGetProperty(segment.Utf8Name, out var member) ? member : default
            : value[segment.ArrayIndex];

    private static FormatException Invalid(string path, int position, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"'{path}' is not a key path: {problem} at position {position}."));

    private static EventPathSegment ReadBracket(string path, ref int position)
    {
        var open = position;
        var close = path.IndexOf(']', open);
        if (close < 0)
        {
            throw Invalid(path, open, "a '[' without its ']'");
        }

        var inside = path.AsSpan(open + 1, close - open - 1);
        position = close + 1;
        if (inside is "*")
        {
            return EventPathSegment.Wildcard;
        }

        foreach (var c in inside)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw Invalid(path, open + 1, "an index that is not '*' or a whole number");
            }
        }

        return inside.Length > 0
            && int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? EventPathSegment.Index(index)
            : throw Invalid(path, open + 1, "an index that is not '*' or a whole number");
    }

    private EventValue FindFrom(EventValue value, int step)
    {
        for (var i = step; i < _segments.Length && value.Exists; i++)
        {
            if (_segments[i].Kind != EventPathSegmentKind.Wildcard)
            {
                value = Step(value, in _segments[i]);
                continue;
            }

            if (value.Kind != JsonValueKind.Array)
            {
                return default;
            }

            foreach (var element in value.EnumerateElements())
            {
                var found = FindFrom(element, i + 1);
                if (found.Exists)
                {
                    return found;
                }
            }

            return default;
        }

        return value;
    }

    private bool Walk<TState>(
        EventValue value, int step, TState state, Func<EventValue, TState, bool> predicate, ref bool reached)
    {
        for (var i = step; i < _segments.Length; i++)
        {
            if (!value.Exists)
            {
                return false;
            }

            if (_segments[i].Kind != EventPathSegmentKind.Wildcard)
            {
                value = Step(value, in _segments[i]);
                continue;
            }

            if (value.Kind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var element in value.EnumerateElements())
            {
                if (Walk(element, i + 1, state, predicate, ref reached))
                {
                    return true;
                }
            }

            return false;
        }

        if (!value.Exists)
        {
            return false;
        }

        reached = true;
        return predicate(value, state);
    }
}
