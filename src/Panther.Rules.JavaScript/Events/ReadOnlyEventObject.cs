using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Panther.Parsing.Events;

namespace Panther.Rules.JavaScript.Events;

/// <summary>
/// A JSON object of the event as a frozen JavaScript object that converts a member the first time it is read. Writes,
/// deletes and new properties are refused, which strict mode reports as a <c>TypeError</c>.
/// </summary>
internal abstract class ReadOnlyEventObject : ObjectInstance
{
    private Dictionary<string, PropertyDescriptor>? _members;
    private List<JsValue>? _keys;

    protected ReadOnlyEventObject(EventScope scope)
        : base(scope.Engine)
    {
        Scope = scope;
    }

    protected EventScope Scope { get; }

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (property is JsSymbol)
        {
            return PropertyDescriptor.Undefined;
        }

        Scope.EnsureOpen();
        var name = property.ToString();
        _members ??= new Dictionary<string, PropertyDescriptor>(StringComparer.Ordinal);
        if (_members.TryGetValue(name, out var known))
        {
            return known;
        }

        var descriptor = TryFind(name, out var value) && value.Exists
            ? new PropertyDescriptor(EventValueConverter.ToJs(Scope, value), PropertyFlag.OnlyEnumerable)
            : PropertyDescriptor.Undefined;
        _members[name] = descriptor;
        return descriptor;
    }

    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        Scope.EnsureOpen();
        if ((types & Types.String) == 0)
        {
            return [];
        }

        if (_keys is null)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            _keys = [];
            foreach (var name in Names())
            {
                if (seen.Add(name))
                {
                    _keys.Add(new JsString(name));
                }
            }
        }

        return [.. _keys];
    }

    public override bool Set(JsValue property, JsValue value, JsValue receiver) => false;

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) => false;

    public override bool Delete(JsValue property) => GetOwnProperty(property) == PropertyDescriptor.Undefined;

    public override bool PreventExtensions() => true;

    protected override ObjectInstance? GetPrototypeOf() => Scope.Engine.Intrinsics.Object.PrototypeObject;

    public override bool Extensible => false;

    protected abstract bool TryFind(string name, out EventValue value);

    protected abstract IEnumerable<string> Names();
}
