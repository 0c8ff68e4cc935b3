using Panther.Parsing.Json;
using Panther.Schemas.Fields;

namespace Panther.Parsing.Normalization;

/// <summary>The fields of an object type, with a lookup by UTF-8 member name.</summary>
internal sealed class CompiledObject
{
    private HashSet<int>? _nameHashes;

    private CompiledObject(CompiledField[] fields)
    {
        Fields = fields;
        RequiredCount = fields.Count(f => f.Field.Required);
    }

    public CompiledField[] Fields { get; }

    /// <summary>Gets the number of required fields.</summary>
    public int RequiredCount { get; }

    public static CompiledObject Compile(IReadOnlyList<SchemaField> fields) =>
        new([.. fields.Select(f => new CompiledField(f))]);

    /// <summary>
    /// Finds the field a member name refers to, starting at <paramref name="hint"/>: members usually arrive in the
    /// same order from one event to the next, so the search mostly ends at its first comparison.
    /// </summary>
    /// <param name="nameToken">The property name token.</param>
    /// <param name="data">The indexed bytes.</param>
    /// <param name="hint">Where to start; updated to the slot after the match.</param>
    /// <returns>The field index, or -1 for a member the schema does not name.</returns>
    public int IndexOf(in JsonToken nameToken, ReadOnlySpan<byte> data, ref int hint)
    {
        var fields = Fields;
        var count = fields.Length;
        for (var n = 0; n < count; n++)
        {
            var i = hint + n;
            if (i >= count)
            {
                i -= count;
            }

            var name = fields[i].Name;
            if ((nameToken.IsEscaped || name.Length == nameToken.Length)
                && EventJson.StringEquals(in nameToken, data, name))
            {
                hint = i + 1 == count ? 0 : i + 1;
                return i;
            }
        }

        return -1;
    }

    /// <summary>Tells whether a field's name has the given hash code (<see cref="string.GetHashCode()"/> of the
    /// name), which stands for the name itself where a rare false match costs nothing, as when ranking log types for
    /// a quarantine reason. The set is built on first use.</summary>
    /// <param name="nameHash">The hash code of a member name.</param>
    /// <returns><see langword="true"/> when a field's name has that hash code.</returns>
    public bool HasNameHash(int nameHash)
    {
        var hashes = Volatile.Read(ref _nameHashes);
        if (hashes is null)
        {
            hashes = [.. Fields.Select(f => f.Field.Name.GetHashCode(StringComparison.Ordinal))];
            Interlocked.CompareExchange(ref _nameHashes, hashes, null);
        }

        return hashes.Contains(nameHash);
    }

    /// <summary>Finds a field by name without a hint.</summary>
    /// <param name="name">The UTF-8 name.</param>
    /// <returns>The field, or <see langword="null"/>.</returns>
    public CompiledField? Find(ReadOnlySpan<byte> name)
    {
        foreach (var field in Fields)
        {
            if (field.Name.AsSpan().SequenceEqual(name))
            {
                return field;
            }
        }

        return null;
    }
}
