using Panther.Schemas.Fields;
using Panther.Schemas.Indicators;

namespace Panther.Parsing.Suricata;

/// <summary>
/// The <c>http</c> object of an HTTP transaction (also logged with alerts and file records) and the <c>http2</c>
/// object of early HTTP/2 records. The URL is usually a path; only absolute URLs, as proxies receive them, name a
/// host.
/// </summary>
internal static class SuricataHttpFields
{
    /// <summary>Gets the <c>http</c> object.</summary>
    public static SchemaField Http { get; } =
        Field.Object("http",
            Field.String("hostname", IndicatorKind.Hostname) with { Description = "The Host header." },
            Field.Int64("http_port") with { Description = "The port in the Host header, when one is given." },
            Field.String("url", IndicatorKind.Url) with { Description = "The request target." },
            Field.String("http_user_agent") with { Description = "The User-Agent header." },
            Field.String("http_content_type") with { Description = "The Content-Type of the response." },
            Field.String("http_method") with { Description = "The request method." },
            Field.String("protocol") with { Description = "The protocol version, for example HTTP/1.1." },
            Field.Int32("status") with { Description = "The response status; may be null." },
            Field.String("status_string"),
            Field.Int64("length") with { Description = "The length of the response body." },
            Field.String("http_refer", IndicatorKind.Url) with { Description = "The Referer header." },
            Field.String("redirect", IndicatorKind.Url) with { Description = "The Location of a redirect." },
            Field.String("xff", IndicatorKind.Ip) with { Description = "The X-Forwarded-For header." },
            Field.String("version"),
            Field.String("http_request_body") with { Description = "The request body, base64 encoded." },
            Field.String("http_request_body_printable"),
            Field.String("http_response_body") with { Description = "The response body, base64 encoded." },
            Field.String("http_response_body_printable"),
            Headers("request_headers"),
            Headers("response_headers"),
            Field.Object("content_range",
                Field.String("raw"),
                Field.Int64("start"),
                Field.Int64("end"),
                Field.Int64("size")),
            Http2()) with
        {
            Description = "The HTTP transaction.",
        };

    /// <summary>Gets the <c>http2</c> object of early HTTP/2 records.</summary>
    public static SchemaField Http2Record { get; } = Http2();

    private static SchemaField Headers(string name) =>
        Field.Array(name, FieldType.Object(
            Field.String("name"),
            Field.String("value"),
            Field.Int64("table_size_update"))) with
        {
            Description = "Every header, when extended logging is on.",
        };

    private static SchemaField Http2() =>
        Field.Object("http2",
            Field.Int64("stream_id"),
            Field.Json("request"),
            Field.Json("response")) with
        {
            Description = "The HTTP/2 stream: frames, settings and errors of each side.",
        };
}
