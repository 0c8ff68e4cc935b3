using System.Buffers;
using System.Text.Unicode;

namespace Panther.Schemas.Indicators.Scanners;

/// <summary>
/// Writes a URL with a scheme (<c>https://…</c>) to <c>p_any_urls</c> as given, and scans its host as a
/// hostname. A value without <c>scheme://</c> writes nothing.
/// </summary>
/// <remarks>
/// The scheme must start with a letter followed by letters, digits, <c>+</c>, <c>-</c> or <c>.</c>. The host is
/// what follows any <c>userinfo@</c> and ends at <c>:</c>, <c>/</c>, <c>?</c> or <c>#</c>; a bracketed IPv6
/// host such as <c>[::1]:8080</c> yields <c>::1</c>. The host is not percent-decoded.
/// </remarks>
internal sealed class UrlScanner : IndicatorScanner
{
    private static readonly SearchValues<byte> AuthorityEnd = SearchValues.Create("/?#"u8);

    private static ReadOnlySpan<byte> SchemeSeparator => "://"u8;

    /// <inheritdoc />
    public override void Scan(ReadOnlySpan<byte> utf8Value, IIndicatorWriter writer)
    {
        var url = AsciiText.Trim(utf8Value);
        var separator = FindSchemeSeparator(url);
        if (separator < 0 || !Utf8.IsValid(url))
        {
            return;
        }

        writer.Add(IndicatorField.Urls, url);

        var host = FindHost(url[(separator + SchemeSeparator.Length)..]);
        if (!host.IsEmpty)
        {
            HostnameScanner.ScanHost(host, writer);
        }
    }

    private static int FindSchemeSeparator(ReadOnlySpan<byte> url)
    {
        var separator = url.IndexOf(SchemeSeparator);
        if (separator <= 0 || !AsciiText.IsLetter(url[0]))
        {
            return -1;
        }

        foreach (var b in url[..separator])
        {
            if (!AsciiText.IsLetter(b) && !AsciiText.IsDigit(b) && b is not ((byte)'+' or (byte)'-' or (byte)'.'))
            {
                return -1;
            }
        }

        return separator;
    }

    private static ReadOnlySpan<byte> FindHost(ReadOnlySpan<byte> afterScheme)
    {
        var end = afterScheme.IndexOfAny(AuthorityEnd);
        var authority = end < 0 ? afterScheme : afterScheme[..end];
        var hostAndPort = authority[(authority.LastIndexOf((byte)'@') + 1)..];

        if (!hostAndPort.IsEmpty && hostAndPort[0] == '[')
        {
            var close = hostAndPort.IndexOf((byte)']');
            return close < 0 ? default : hostAndPort[1..close];
        }

        var colon = hostAndPort.IndexOf((byte)':');
        return colon < 0 ? hostAndPort : hostAndPort[..colon];
    }
}
