using System.Text.Json;
using Panther.Parsing.Generation;

namespace Panther.Parsing.Suricata;

/// <summary>Web and encrypted sessions, files and mail: http, http2, tls, quic, ssh, fileinfo and smtp.</summary>
public sealed partial class SuricataSampleGenerator
{
    private static readonly string[] Domains =
    [
        "www.example.com", "api.example.net", "login.acme.example", "cdn.static.example.org",
        "updates.vendor.example", "telemetry.vendor.example", "mail.partner.example", "files.share.example",
        "grafana.acme.internal", "wpad.acme.internal",
    ];

    private static readonly (string Method, string Url, string ContentType)[] Requests =
    [
        ("GET", "/", "text/html; charset=UTF-8"), ("GET", "/index.html", "text/html"),
        ("POST", "/api/v2/login", "application/json"), ("GET", "/static/app.3f9a1c.js", "application/javascript"),
        ("GET", "/wp-login.php", "text/html"), ("GET", "/.env", "text/plain"),
        ("GET", "/search?q=quarterly+report&page=2", "text/html"), ("PUT", "/upload/chunk?id=71", "application/json"),
        ("GET", "/cgi-bin/luci/;stok=/locale?form=country", "text/html"),
        ("CONNECT", "api.example.net:443", "text/plain"),
    ];

    private static readonly (string Path, string Magic, string ContentType)[] Downloads =
    [
        ("/download/setup-x64.exe", "PE32+ executable (GUI) x86-64, for MS Windows", "application/octet-stream"),
        ("/reports/q3-summary.pdf", "PDF document, version 1.7", "application/pdf"),
        ("/static/app.3f9a1c.js", "ASCII text, with very long lines", "application/javascript"),
        ("/images/logo.png", "PNG image data, 512 x 512, 8-bit/color RGBA, non-interlaced", "image/png"),
        ("/api/v2/export?format=zip", "Zip archive data, at least v2.0 to extract", "application/zip"),
    ];

    private static readonly string[] BrowserAgents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            + "Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
            + "Safari/605.1.15",
        "curl/8.5.0", "python-requests/2.32.3", "Go-http-client/1.1", "Microsoft-CryptoAPI/10.0",
    ];

    private static readonly string[] Organizations =
    [
        "Acme Widgets, Inc.", "Example Payments Ltd", "Northwind Traders, LLC", "Vendor Cloud Services",
    ];

    private static readonly string[] Issuers =
    [
        "C=US, O=Let's Encrypt, CN=R11", "C=US, O=Example Trust Services, LLC, CN=Example TLS RSA CA 2024",
        "C=BE, O=GlobalSign nv-sa, CN=GlobalSign GCC R6 AlphaSSL CA 2025", "CN=acme-internal-ca, O=Acme Widgets, Inc.",
    ];

    private static readonly string[] MailUsers = ["kai", "morgan.reyes", "finance", "it-support", "noor"];

    private static readonly (string Software, string Hash)[] SshSoftware =
    [
        ("OpenSSH_9.6p1 Ubuntu-3ubuntu13.5", "ec7378c1a92f5a8dde7e8b7a1ddf33d1"),
        ("OpenSSH_9.2p1 Debian-2+deb12u3", "aae6b9604f6f3356543709a376d7f657"),
        ("libssh2_1.11.0", "06046964c022c6407d15a27b12a6a4fb"),
        ("PuTTY_Release_0.81", "5f6e9b7d1c0a2e4f3b8d6c9a1e7f2b04"),
        ("Go", "b5752e36ba6c5979a575e43178908adf"),
    ];

    private static string Domain(Random random) =>
        random.OneIn(10) ? random.Alphanumeric(12).ToLowerInvariant() + ".example" : random.Pick(Domains);

    private static void WriteHttp(Utf8JsonWriter writer, Random random, Peers peers,
        (string Method, string Url, string ContentType) request)
    {
        var (method, url, contentType) = request;
        var host = random.OneIn(8) ? peers.ServerIp : Domain(random);
        var authority = peers.IsIpv6 && host == peers.ServerIp ? $"[{host}]" : host;
        var status = random.Next(10) switch
        {
            0 => 404,
            1 => 302,
            2 => 500,
            3 when random.OneIn(2) => (int?)null,
            _ => 200,
        };

        writer.WriteStartObject("http");
        writer.WriteString("hostname", host);
        if (peers.Service.Port != 80 && method != "CONNECT")
        {
            writer.WriteNumber("http_port", peers.Service.Port);
        }

        writer.WriteString("url", random.OneIn(12) && method != "CONNECT" ? $"http://{authority}{url}" : url);
        writer.WriteString("http_user_agent", random.Pick(BrowserAgents));
        if (status is not null)
        {
            writer.WriteString("http_content_type", contentType);
        }

        if (random.OneIn(4))
        {
            writer.WriteString("http_refer", $"https://{random.Pick(Domains)}/portal");
        }

        if (random.OneIn(10))
        {
            writer.WriteString("xff", random.PublicIpv4());
        }

        writer.WriteString("http_method", method);
        writer.WriteString("protocol", "HTTP/1.1");
        if (status is { } code)
        {
            writer.WriteNumber("status", code);
        }
        else
        {
            writer.WriteNull("status");
        }

        if (status == 302)
        {
            writer.WriteString("redirect", $"https://{authority}/login?next={Uri.EscapeDataString(url)}");
        }

        writer.WriteNumber("length", status is null ? 0 : random.Next(0, 250_000));
        if (random.OneIn(6))
        {
            WriteHeaders(writer, "request_headers", ("Host", host), ("Accept", "*/*"),
                ("Accept-Encoding", "gzip, deflate"));
            WriteHeaders(writer, "response_headers", ("Server", "nginx"), ("Content-Type", contentType),
                ("Cache-Control", "no-store"));
        }

        writer.WriteEndObject();
    }

    private static void WriteHeaders(Utf8JsonWriter writer, string name, params ReadOnlySpan<(string, string)> headers)
    {
        writer.WriteStartArray(name);
        foreach (var (header, value) in headers)
        {
            writer.WriteStartObject();
            writer.WriteString("name", header);
            writer.WriteString("value", value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteHttp2Record(Utf8JsonWriter writer, Random random)
    {
        var host = Domain(random);
        var (method, url, contentType) = random.Pick(Requests);
        writer.WriteStartObject("http");
        writer.WriteString("hostname", host);
        writer.WriteString("url", url);
        writer.WriteString("http_user_agent", random.Pick(BrowserAgents));
        writer.WriteString("http_content_type", contentType);
        writer.WriteString("http_method", method);
        writer.WriteString("protocol", "HTTP/2");
        writer.WriteNumber("status", random.OneIn(6) ? 404 : 200);
        writer.WriteNumber("length", random.Next(0, 90_000));
        writer.WriteString("version", "2");
        writer.WriteEndObject();
        writer.WriteStartObject("http2");
        writer.WriteNumber("stream_id", 1 + 2 * random.Next(60));
        writer.WriteStartObject("request");
        writer.WriteStartArray("settings");
        writer.WriteStartObject();
        writer.WriteString("settings_id", "SETTINGS_MAX_CONCURRENT_STREAMS");
        writer.WriteNumber("settings_value", 100);
        writer.WriteEndObject();
        writer.WriteEndArray();
        WriteHeaders(writer, "headers", (":method", method), (":path", url), (":authority", host),
            (":scheme", "https"));
        writer.WriteEndObject();
        writer.WriteStartObject("response");
        WriteHeaders(writer, "headers", (":status", "200"), ("content-type", contentType));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTls(Utf8JsonWriter writer, Random random)
    {
        var sni = Domain(random);
        var version = random.Next(10) switch
        {
            < 5 => "TLS 1.3",
            < 9 => "TLS 1.2",
            _ => "UNDETERMINED",
        };

        writer.WriteStartObject("tls");
        if (version == "TLS 1.2")
        {
            var organization = random.Pick(Organizations);
            var issued = SampleRandom.Start.AddDays(-random.Next(10, 300));
            writer.WriteString("subject", $"C=US, ST=California, L=San Jose, O={organization}, CN={sni}");
            writer.WriteString("issuerdn", random.Pick(Issuers));
            writer.WriteString("serial", HexPairs(random, 16, upper: true));
            writer.WriteString("fingerprint", HexPairs(random, 20, upper: false));
            writer.WriteString("notbefore", CertificateTime(issued));
            writer.WriteString("notafter", CertificateTime(issued.AddDays(random.OneIn(3) ? 397 : 90)));
            if (random.OneIn(2))
            {
                WriteStringArray(writer, "subjectaltname", sni, "*." + sni);
            }
        }

        if (version != "UNDETERMINED" || random.OneIn(2))
        {
            writer.WriteString("sni", sni);
        }

        writer.WriteString("version", version);
        WriteFingerprint(writer, random, "ja3", "771,4865-4866-4867-49195-49199-49196-49200,0-23-65281-10-11-35-16,"
            + "29-23-24,0");
        WriteFingerprint(writer, random, "ja3s", "771,4866,43-51");
        if (random.OneIn(2))
        {
            writer.WriteString("ja4", $"t13d1516h2_{random.Hex(12)}_{random.Hex(12)}");
        }

        if (random.OneIn(3))
        {
            WriteStringArray(writer, "client_alpns", "h2", "http/1.1");
            WriteStringArray(writer, "server_alpns", "h2");
        }

        writer.WriteEndObject();
    }

    private static void WriteFingerprint(Utf8JsonWriter writer, Random random, string name, string text)
    {
        writer.WriteStartObject(name);
        if (!random.OneIn(8))
        {
            writer.WriteString("hash", random.Hex(32));
            writer.WriteString("string", text);
        }

        writer.WriteEndObject();
    }

    private static string HexPairs(Random random, int count, bool upper)
    {
        var hex = random.Hex(count * 2);
        var pairs = string.Join(':', hex.Chunk(2).Select(pair => new string(pair)));
        return upper ? pairs.ToUpperInvariant() : pairs;
    }

    private static void WriteQuic(Utf8JsonWriter writer, Random random)
    {
        var sni = Domain(random);
        writer.WriteStartObject("quic");
        if (random.OneIn(5))
        {
            writer.WriteString("version", "Q046");
            writer.WriteString("sni", sni);
            writer.WriteString("ua", "Chrome/131.0.6778.86 Windows NT 10.0; Win64; x64");
        }
        else
        {
            writer.WriteString("version", "1");
            writer.WriteString("sni", sni);
            WriteFingerprint(writer, random, "ja3", "771,4865-4866-4867,0-10-13-16-43-45-51-57,29-23-24,");
            writer.WriteString("ja4", $"q13d0312h3_{random.Hex(12)}_{random.Hex(12)}");
            writer.WriteStartArray("extensions");
            WriteExtension(writer, "server_name", 0, sni);
            WriteExtension(writer, "application_layer_protocol_negotiation", 16, "h3");
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteExtension(Utf8JsonWriter writer, string name, int type, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteNumber("type", type);
        WriteStringArray(writer, "values", value);
        writer.WriteEndObject();
    }

    private static void WriteSsh(Utf8JsonWriter writer, Random random)
    {
        writer.WriteStartObject("ssh");
        WriteSshSide(writer, random, "client", random.Pick(SshSoftware));
        WriteSshSide(writer, random, "server", SshSoftware[random.Next(2)]);
        writer.WriteEndObject();
    }

    private static void WriteSshSide(Utf8JsonWriter writer, Random random, string side,
        (string Software, string Hash) software)
    {
        writer.WriteStartObject(side);
        writer.WriteString("proto_version", "2.0");
        writer.WriteString("software_version", software.Software);
        if (random.OneIn(2))
        {
            writer.WriteStartObject("hassh");
            writer.WriteString("hash", software.Hash);
            writer.WriteString("string", "curve25519-sha256,ecdh-sha2-nistp256;chacha20-poly1305@openssh.com,"
                + "aes128-ctr;umac-64-etm@openssh.com,hmac-sha2-256;none");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFileInfoRecord(Utf8JsonWriter writer, Random random, Peers peers)
    {
        var (filename, magic, contentType) = random.Pick(Downloads);
        switch (peers.Service.AppProto)
        {
            case "smtp":
                (filename, magic) = ("statement.pdf", "PDF document, version 1.7");
                WriteMail(writer, random, attachment: filename);
                break;
            case "smb":
                (filename, magic) = (@"Finance\Payroll\2026-11.xlsx", "Microsoft Excel 2007+");
                writer.WriteStartObject("smb");
                writer.WriteNumber("id", random.Next(1, 400));
                writer.WriteString("dialect", "3.1.1");
                writer.WriteString("command", "SMB2_COMMAND_READ");
                writer.WriteString("status", "STATUS_SUCCESS");
                writer.WriteString("filename", filename);
                writer.WriteEndObject();
                break;
            default:
                WriteHttp(writer, random, peers, ("GET", filename, contentType));
                break;
        }

        writer.WriteStartObject("fileinfo");
        WriteFileMembers(writer, random, filename, magic);
        writer.WriteEndObject();
    }

    private static void WriteFileMembers(Utf8JsonWriter writer, Random random, string filename, string magic)
    {
        var truncated = random.OneIn(12);
        writer.WriteString("filename", filename);
        if (random.OneIn(5))
        {
            writer.WriteStartArray("sid");
            writer.WriteNumberValue(2049104);
            writer.WriteEndArray();
        }

        writer.WriteString("magic", magic);
        writer.WriteBoolean("gaps", truncated);
        writer.WriteString("state", truncated ? "TRUNCATED" : "CLOSED");
        if (!truncated)
        {
            writer.WriteString("md5", random.Hex(32));
            writer.WriteString("sha1", random.Hex(40));
            writer.WriteString("sha256", random.Hex(64));
        }

        writer.WriteBoolean("stored", random.OneIn(10));
        writer.WriteNumber("file_id", random.Next(1, 100_000));
        writer.WriteNumber("size", random.Next(200, 8_000_000));
        writer.WriteNumber("tx_id", random.Next(4));
    }

    private static void WriteMail(Utf8JsonWriter writer, Random random, string? attachment)
    {
        var sender = random.OneIn(2) ? "billing@partner.example" : "no-reply@notifications.example.net";
        var recipient = $"{random.Pick(MailUsers)}@acme.example";
        writer.WriteStartObject("smtp");
        writer.WriteString("helo", random.OneIn(2) ? "mail.partner.example" : "[198.51.100.25]");
        writer.WriteString("mail_from", $"<{sender}>");
        WriteStringArray(writer, "rcpt_to", $"<{recipient}>");
        writer.WriteEndObject();
        writer.WriteStartObject("email");
        writer.WriteString("status", "PARSE_DONE");
        writer.WriteString("from", $"\"Accounts Team\" <{sender}>");
        WriteStringArray(writer, "to", $"<{recipient}>");
        if (random.OneIn(3))
        {
            WriteStringArray(writer, "cc", "\"Finance\" <finance@acme.example>");
        }

        writer.WriteString("subject", random.OneIn(2) ? "Your statement is ready" : "Action required: invoice review");
        writer.WriteString("message_id", $"<{random.Hex(16)}@partner.example>");
        writer.WriteString("date", "Tue, 01 Dec 2026 09:12:44 +0000");
        if (attachment is not null)
        {
            WriteStringArray(writer, "attachment", attachment);
        }

        if (random.OneIn(2))
        {
            WriteStringArray(writer, "url", "https://pay.partner.example/statements/view", "www.example.com/help");
        }

        writer.WriteEndObject();
    }
}
