using System.Text.RegularExpressions;

namespace Panther.Sinks.Storage;

/// <summary>Checks object keys and key prefixes before a store uses them, so that no key names something outside
/// the lake: segments of <c>[A-Za-z0-9_.=-]</c>, joined with <c>/</c>, none empty, <c>.</c> or
/// <c>..</c>.</summary>
internal static partial class LakeObjectKey
{
    public static void Validate(string key, string parameterName = "key")
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (!IsValid(key))
        {
            throw new ArgumentException(
                $"Object key '{key}' is not valid: use '/'-separated segments of [A-Za-z0-9_.=-], not '.' or '..'.",
                parameterName);
        }
    }

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= 1024
            && key.Split('/').All(segment => segment is not ("" or "." or "..") && SegmentPattern().IsMatch(segment));

    [GeneratedRegex(@"^[A-Za-z0-9_.=-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentPattern();
}
