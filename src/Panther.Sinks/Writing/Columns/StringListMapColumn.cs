using Parquet.Schema;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// A top-level map from string to list of strings, filled from a CLR dictionary: <c>p_rule_reports</c> in a match
/// table and <c>reports</c> in the alerts table (<c>{"MITRE ATT&amp;CK": ["TA0001:T1078"]}</c>). Entries are
/// written in ordinal key order, so that equal dictionaries make equal files.
/// </summary>
/// <remarks>
/// Definition levels of the element leaf: 0 null map, 1 empty map, 2 entry with a null list, 3 entry with an
/// empty list, 4 null element, 5 element present. The key leaf is required inside an entry, so its levels stop
/// at 2.
/// </remarks>
internal sealed class StringListMapColumn
{
    private const int EmptyMap = 1;
    private const int NullList = 2;
    private const int EmptyList = 3;
    private const int NullElement = 4;
    private const int EntryLevel = 1;
    private const int ElementLevel = 2;

    private readonly StringLeafColumn _keys = new(new DataField<string>("key", false));
    private readonly StringLeafColumn _elements = new(new DataField<string>(ListField.ElementName, true));
    private readonly List<string> _sortedKeys = [];

    public StringListMapColumn(string name) =>
        Field = new MapField(name, _keys.Field, new ListField("value", _elements.Field));

    public MapField Field { get; }

    /// <summary>Adds the key leaf, then the element leaf, in schema order.</summary>
    public void CollectLeaves(List<LeafColumn> leaves)
    {
        leaves.Add(_keys);
        leaves.Add(_elements);
    }

    public void Add(IReadOnlyDictionary<string, IReadOnlyList<string>>? map)
    {
        if (map is null || map.Count == 0)
        {
            var definition = map is null ? 0 : EmptyMap;
            _keys.AddNull(0, definition);
            _elements.AddNull(0, definition);
            return;
        }

        _sortedKeys.Clear();
        _sortedKeys.AddRange(map.Keys);
        _sortedKeys.Sort(StringComparer.Ordinal);
        for (var entry = 0; entry < _sortedKeys.Count; entry++)
        {
            var repetition = entry == 0 ? 0 : EntryLevel;
            _keys.Add(_sortedKeys[entry], repetition);
            AddList(map[_sortedKeys[entry]], repetition);
        }
    }

    private void AddList(IReadOnlyList<string?>? values, int repetition)
    {
        if (values is null || values.Count == 0)
        {
            _elements.AddNull(repetition, values is null ? NullList : EmptyList);
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var level = i == 0 ? repetition : ElementLevel;
            if (values[i] is { } value)
            {
                _elements.Add(value, level);
            }
            else
            {
                _elements.AddNull(level, NullElement);
            }
        }
    }
}
