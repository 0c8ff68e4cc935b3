using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// A top-level list of strings filled from a CLR list rather than an event value: <c>p_rule_tags</c> in a match
/// table, <c>tags</c> and <c>destinations</c> in the alerts table. A null list is null; an empty list stays empty.
/// </summary>
internal sealed class StringListColumn
{
    private const int NullElement = 2;

    private readonly StringLeafColumn _element = new(new DataField<string>(ListField.ElementName, true));

    public StringListColumn(string name) => Field = new ListField(name, _element.Field);

    public ListField Field { get; }

    public LeafColumn Leaf => _element;

    public void Add(IReadOnlyList<string?>? values)
    {
        if (values is null)
        {
            _element.AddNull(0, 0);
            return;
        }

        if (values.Count == 0)
        {
            _element.AddNull(0, 1);
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var repetition = i == 0 ? 0 : 1;
            if (values[i] is { } value)
            {
                _element.Add(value, repetition);
            }
            else
            {
                _element.AddNull(repetition, NullElement);
            }
        }
    }
}
