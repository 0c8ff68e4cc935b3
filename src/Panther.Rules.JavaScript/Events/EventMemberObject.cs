using Panther.Parsing.Events;

namespace Panther.Rules.JavaScript.Events;

/// <summary>A nested JSON object of the event, such as <c>event.userIdentity</c>.</summary>
internal sealed class EventMemberObject : ReadOnlyEventObject
{
    private readonly EventValue _value;

    public EventMemberObject(EventScope scope, EventValue value)
        : base(scope)
    {
        _value = value;
    }

    protected override bool TryFind(string name, out EventValue value) => _value.TryGetProperty(name, out value);

    protected override IEnumerable<string> Names() => _value.EnumerateObject().Select(member => member.Key);
}
