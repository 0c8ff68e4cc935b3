using Panther.Parsing.Events;

namespace Panther.Rules.JavaScript.Events;

/// <summary>
/// The <c>event</c> argument of a rule function: the event's top-level fields, including the standard <c>p_*</c>
/// fields of a parsed event, read through <see cref="RuleEvent"/>.
/// </summary>
internal sealed class EventRootObject : ReadOnlyEventObject
{
    public EventRootObject(EventScope scope)
        : base(scope)
    {
    }

    protected override bool TryFind(string name, out EventValue value)
    {
        value = Scope.Event.Get(name);
        return value.Exists;
    }

    protected override IEnumerable<string> Names() => Scope.Event.EnumerateFields().Select(field => field.Key);
}
