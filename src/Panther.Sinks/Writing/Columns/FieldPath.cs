using System.Globalization;
using System.Text;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The path of the value being written, kept as a stack of member names and array indexes, and rendered only when
/// a value goes to <c>p_overflow</c>: <c>userIdentity.sessionContext.extra</c>, <c>resources[1].ARN</c>.
/// </summary>
internal sealed class FieldPath
{
    private readonly List<(string? Name, int Index)> _segments = [];
    private readonly StringBuilder _text = new();

    public void Push(string name) => _segments.Add((name, -1));

    public void Push(int index) => _segments.Add((null, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public void Clear() => _segments.Clear();

    public override string ToString()
    {
        _text.Clear();
        foreach (var (name, index) in _segments)
        {
            if (name is null)
            {
                _text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                continue;
            }

            if (_text.Length > 0)
            {
                _text.Append('.');
            }

            _text.Append(name);
        }

        return _text.ToString();
    }
}
