using System.Buffers;
using System.Text;
using Panther.Schemas.Indicators;

namespace Panther.Sinks.Search;

/// <summary>
/// A value to search the lake for, with the <c>p_any_*</c> column that holds values of its kind and the value as the
/// parser stores it there (IPv6 canonical, hashes and domains lower-case, ...).
/// </summary>
/// <param name="Text">The text as given.</param>
/// <param name="Kind">The indicator kind, given or detected.</param>
/// <param name="Column">The indicator column searched.</param>
/// <param name="Value">The value as stored in the column.</param>
public sealed record Indicator(string Text, IndicatorKind Kind, IndicatorField Column, string Value)
{
    /// <summary>The kinds tried, in order, when a value names none: the first whose scanner accepts it wins, so an
    /// address is an IP before a domain, and 12 digits an account id before a user name.</summary>
    private static readonly IndicatorKind[] DetectionOrder =
    [
        IndicatorKind.Ip, IndicatorKind.Md5, IndicatorKind.Sha1, IndicatorKind.Sha256, IndicatorKind.AwsAccountId,
        IndicatorKind.AwsArn, IndicatorKind.AwsInstanceId, IndicatorKind.Email, IndicatorKind.MacAddress,
        IndicatorKind.Url, IndicatorKind.Domain, IndicatorKind.Username,
    ];

    private static readonly Dictionary<string, IndicatorKind> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["arn"] = IndicatorKind.AwsArn,
        ["account"] = IndicatorKind.AwsAccountId,
        ["instance"] = IndicatorKind.AwsInstanceId,
        ["user"] = IndicatorKind.Username,
        ["tag"] = IndicatorKind.AwsTag,
        ["trace"] = IndicatorKind.TraceId,
    };

    /// <summary>
    /// Reads an indicator: <c>KIND:VALUE</c> with a kind name (<c>ip</c>, <c>domain</c>, <c>md5</c>, <c>sha1</c>,
    /// <c>sha256</c>, <c>aws_account_id</c> or <c>account</c>, <c>aws_arn</c> or <c>arn</c>, <c>email</c>,
    /// <c>username</c> or <c>user</c>, <c>url</c>, <c>mac</c>, ...), or a bare value whose kind is detected.
    /// </summary>
    /// <param name="text">The indicator.</param>
    /// <param name="indicator">The indicator, when it is valid.</param>
    /// <param name="error">Why it is not, otherwise.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid indicator.</returns>
    public static bool TryParse(string text, out Indicator? indicator, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        indicator = null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && TryGetKind(text[..colon], out var kind))
        {
            var value = text[(colon + 1)..];
            indicator = Scan(text, kind, value) ?? Detect(text, anyText: false);
            error = indicator is null ? $"'{value}' is not a valid {kind.Name}" : null;
            return indicator is not null;
        }

        if (colon == 0)
        {
            error = $"'{text}' names no kind before ':'";
            return false;
        }

        if (colon > 0 && text.AsSpan(0, colon).ContainsAnyExcept(KindNameCharacters))
        {
            colon = -1;
        }

        indicator = Detect(text, anyText: colon < 0);
        error = indicator is not null ? null
            : colon > 0 ? $"'{text[..colon]}' is not an indicator kind (kinds: {string.Join(", ", KindNames())})"
            : $"'{text}' is not an indicator of any known kind";
        return indicator is not null;
    }

    /// <summary>Finds the kind of a bare value. A value that starts like a kind name but is not of that kind, such
    /// as <c>arn:aws:iam::123456789012:root</c>, is detected as a whole, though not as a user name, which any
    /// text would be.</summary>
    private static Indicator? Detect(string text, bool anyText)
    {
        foreach (var candidate in DetectionOrder)
        {
            if (!anyText && candidate == IndicatorKind.Username)
            {
                continue;
            }

            if (Scan(text, candidate, text) is { } indicator)
            {
                return indicator;
            }
        }

        return null;
    }

    private static readonly SearchValues<char> KindNameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    private static IEnumerable<string> KindNames() =>
        DetectionOrder.Select(k => k.Name).Concat(ShortNames.Keys).Append(IndicatorKind.Hostname.Name)
            .Append(IndicatorKind.NetAddress.Name).Append(IndicatorKind.AwsTag.Name).Append(IndicatorKind.TraceId.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static bool TryGetKind(string name, out IndicatorKind kind)
    {
        if (ShortNames.TryGetValue(name, out kind!))
        {
            return true;
        }

        return IndicatorKind.TryGet(name.ToLowerInvariant(), out kind!);
    }

    /// <summary>Runs the kind's scanner over the value and keeps the first value it writes.</summary>
    private static Indicator? Scan(string text, IndicatorKind kind, string value)
    {
        var writer = new FirstValue();
        kind.Scanner.Scan(Encoding.UTF8.GetBytes(value.Trim()), writer);
        return writer.Field is null ? null : new Indicator(text, kind, writer.Field, writer.Value!);
    }

    private sealed class FirstValue : IIndicatorWriter
    {
        public IndicatorField? Field { get; private set; }

        public string? Value { get; private set; }

        public void Add(IndicatorField field, ReadOnlySpan<byte> utf8Value)
        {
            if (Field is null && !utf8Value.IsEmpty)
            {
                Field = field;
                Value = Encoding.UTF8.GetString(utf8Value);
            }
        }
    }
}
