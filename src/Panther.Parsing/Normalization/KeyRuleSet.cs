namespace Panther.Parsing.Normalization;

/// <summary>
/// The key indicator rules of one field, arranged so a member name is compared only with the rules that can match
/// it: exact names grouped by length, suffixes checked only against names long enough, any-string rules apart.
/// </summary>
internal sealed class KeyRuleSet
{
    private readonly CompiledKeyRule[][] _exactByLength;
    private readonly CompiledKeyRule[] _suffix;

    public KeyRuleSet(IReadOnlyList<CompiledKeyRule> rules)
    {
        Count = rules.Count;
        AnyString = [.. rules.Where(r => r.MatchesAnyString)];
        _suffix = [.. rules.Where(r => r.IsSuffix)];
        var exact = rules.Where(r => r.IsExact).ToList();
        var longest = exact.Count == 0 ? 0 : exact.Max(r => r.Name.Length);
        _exactByLength = new CompiledKeyRule[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _exactByLength[length] = [.. exact.Where(r => r.Name.Length == length)];
        }
    }

    /// <summary>Gets the number of rules.</summary>
    public int Count { get; }

    /// <summary>Gets the rules that scan every string value.</summary>
    public CompiledKeyRule[] AnyString { get; }

    /// <summary>Gets the suffix rules.</summary>
    public CompiledKeyRule[] Suffix => _suffix;

    /// <summary>Gets the exact-name rules whose name has <paramref name="length"/> bytes.</summary>
    /// <param name="length">The length of the member name.</param>
    /// <returns>The rules; empty when none has that length.</returns>
    public ReadOnlySpan<CompiledKeyRule> ExactOfLength(int length) =>
        length < _exactByLength.Length ? _exactByLength[length] : [];
}
