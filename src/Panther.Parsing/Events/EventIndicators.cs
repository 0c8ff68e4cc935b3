using Panther.Schemas.Indicators;

namespace Panther.Parsing.Events;

/// <summary>The <c>p_any_*</c> values of one event, sorted and de-duplicated per set.</summary>
public readonly struct EventIndicators
{
    private readonly IndicatorCollector _collector;

    internal EventIndicators(IndicatorCollector collector) => _collector = collector;

    /// <summary>Gets the number of values across all sets.</summary>
    public int Count => _collector.Count;

    /// <summary>Checks whether a set holds a value.</summary>
    /// <param name="field">The set.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is present.</returns>
    public bool Contains(IndicatorField field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        for (var i = 0; i < _collector.Count; i++)
        {
            var entry = _collector.GetEntry(i, out var id);
            if (id == field.Id && System.Text.Encoding.UTF8.GetString(entry) == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the values of one set as strings, in sorted order (allocates).</summary>
    /// <param name="field">The set.</param>
    /// <returns>The values; empty when the set is empty.</returns>
    public IReadOnlyList<string> Get(IndicatorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var values = new List<string>();
        for (var i = 0; i < _collector.Count; i++)
        {
            var entry = _collector.GetEntry(i, out var id);
            if (id == field.Id)
            {
                values.Add(System.Text.Encoding.UTF8.GetString(entry));
            }
        }

        return values;
    }

    /// <summary>Gets the value at <paramref name="index"/> across all sets, ordered by set and then by value.</summary>
    /// <param name="index">The index, from 0 to <see cref="Count"/> - 1.</param>
    /// <param name="field">The set the value belongs to.</param>
    /// <returns>The UTF-8 value.</returns>
    public ReadOnlySpan<byte> GetEntry(int index, out IndicatorField field)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _collector.Count);
        var value = _collector.GetEntry(index, out var id);
        field = IndicatorField.All[id];
        return value;
    }
}
