using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Panther.Rules.Specs;

/// <summary>
/// Converts YAML to plain values (string-keyed dictionaries, lists, strings, booleans, longs, doubles, nulls)
/// and plain values to JSON. Unquoted scalars are typed the way YAML 1.1 and rule authors expect:
/// <c>True</c>/<c>false</c>, <c>null</c>/<c>~</c>, integers and decimals.
/// </summary>
public static class PlainValues
{
    /// <summary>The deepest nesting of mappings and sequences <see cref="ParseYaml"/> accepts.</summary>
    public const int MaxDepth = 128;

    /// <summary>The most values (counting each alias expansion) <see cref="ParseYaml"/> accepts in one
    /// document.</summary>
    public const int MaxValues = 1_000_000;

    /// <summary>
    /// Reads one YAML document into plain values, without a node tree and without recursion. Aliases reuse the value
    /// of their anchor; an alias to an anchor that is not complete (a cycle) is an error, and every expansion counts
    /// toward <see cref="MaxValues"/>, so alias bombs are refused rather than expanded.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The document's value.</returns>
    /// <exception cref="FormatException">
    /// The text is not one valid YAML document, or exceeds <see cref="MaxDepth"/> or <see cref="MaxValues"/>. The
    /// message gives the line.
    /// </exception>
    public static object? ParseYaml(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        try
        {
            return new YamlValueBuilder(new Parser(new StringReader(yaml))).Read();
        }
        catch (YamlException ex)
        {
            throw new FormatException(
                $"line {ex.Start.Line}: not valid YAML: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, rather than a YamlException, on some malformed documents (found by fuzzing).
            throw new FormatException($"not valid YAML: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a plain value as JSON.</summary>
    /// <param name="value">The value.</param>
    /// <param name="writer">The writer.</param>
    public static void WriteJson(object? value, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case long integer:
                writer.WriteNumberValue(integer);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteJson(item, writer);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Converts a plain value to JSON text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(value, writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    internal static object? FromScalar(Scalar scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal
            or ScalarStyle.Folded)
        {
            return text;
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (LooksNumeric(text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

    private static bool LooksNumeric(string text)
    {
        var digits = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not ('.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        return digits;
    }
}
