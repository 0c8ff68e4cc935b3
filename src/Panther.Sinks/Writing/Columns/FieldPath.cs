using System.Globalization;
using System.Text;
using Panther.Parsing.Events;

namespace Panther.Sinks.Writing.Columns;

/// <summary>
/// The path of the value being written, kept as a stack of member names and array indexes, and rendered only when
/// a value goes to <c>p_overflow</c>: <c>userIdentity.sessionContext.extra</c>, <c>resources[1].ARN</c>.
/// </summary>
internal sealed class FieldPath
{
    private readonly List<(string? Name, EventMember Member, int Index)> _segments = [];
    private readonly StringBuilder _text = new();

    public void Push(string name) => _segments.Add((name, default, -1));

    /// <summary>Pushes a member whose name is decoded only if the path is rendered.</summary>
    public void Push(EventMember member) => _segments.Add((null, member, -1));

    public void Push(int index) => _segments.Add((null, default, index));

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    public void Clear() => _segments.Clear();

    public override string ToString()
    {
        _text.Clear();
        foreach (var (name, member, index) in _segments)
        {
            if (index >= 0)
            {
                _text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                continue;
            }

            if (_text.Length > 0)
            {
                _text.Append('.');
            }

            _text.Append(name ?? member.GetName());
        }

        return _text.ToString();
    }
}
