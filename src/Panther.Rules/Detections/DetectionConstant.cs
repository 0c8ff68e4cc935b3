using System.Globalization;
using System.Text;
using Panther.Parsing.Events;

namespace Panther.Rules.Detections;

/// <summary>
/// A <c>Value</c> or an entry of <c>Values</c>, prepared once: its text as UTF-16 and UTF-8, and its number or
/// boolean when it is one.
/// </summary>
internal sealed class DetectionConstant
{
    private readonly byte[] _utf8;

    private DetectionConstant(string text, double? number, bool? boolean, long? integer = null)
    {
        Text = text;
        Number = number;
        Integer = integer;
        Boolean = boolean;
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Gets the text the value compares as.</summary>
    public string Text { get; }

    /// <summary>Gets the text as UTF-8.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>Gets the number, when the YAML value is a number.</summary>
    public double? Number { get; }

    /// <summary>Gets the number as an exact integer, when the YAML value is a whole number in range.</summary>
    public long? Integer { get; }

    /// <summary>Gets the boolean, when the YAML value is a boolean.</summary>
    public bool? Boolean { get; }

    /// <summary>Prepares a plain YAML scalar; null for maps, lists and nulls.</summary>
    public static DetectionConstant? From(object? value) => value switch
    {
        string text => new DetectionConstant(text, null, null),
        long integer => new DetectionConstant(integer.ToString(CultureInfo.InvariantCulture), integer, null, integer),
        double number => new DetectionConstant(number.ToString("R", CultureInfo.InvariantCulture), number, null),
        bool flag => new DetectionConstant(flag ? "true" : "false", null, flag),
        _ => null,
    };

    /// <summary>
    /// Compares with an event value: booleans as booleans, numbers numerically when the event value is a number or a
    /// numeric string, everything else as text.
    /// </summary>
    public bool EqualTo(EventValue value, bool ignoreCase)
    {
        if (!DecodedText.IsScalar(value))
        {
            return false;
        }

        if (Boolean is bool flag)
        {
            return value.TryGetBoolean(out var actual) && actual == flag;
        }

        if (Integer is long integer && value.TryGetInt64(out var actualInteger))
        {
            return actualInteger == integer;
        }

        if (Number is double number && value.TryGetDouble(out var actualNumber))
        {
            return actualNumber == number;
        }

        if (!ignoreCase && DecodedText.TryGetPlainUtf8(value, out var utf8))
        {
            return utf8.SequenceEqual(Utf8);
        }

        Span<char> stack = stackalloc char[DecodedText.StackLength];
        if (!DecodedText.TryDecode(value, stack, out var text))
        {
            return false;
        }

        using (text)
        {
            return text.Span.Equals(Text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
    }
}
