using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Level = Panther.Rules.Severity;

namespace Panther.Samples.Rules.Suricata;

/// <summary>Outbound TLS whose certificate is self-signed or out of date, or whose SNI is an IP literal.</summary>
public sealed class TlsSuspiciousCertificate : IRule
{
    private const string SuricataTime = "yyyy-MM-dd'T'HH:mm:ss.ffffffzzz";
    private const string CertificateTime = "yyyy-MM-dd'T'HH:mm:ss";

    public bool Matches(RuleEvent evt) =>
        evt["event_type"].ValueEquals("tls"u8) && IsPublic(evt["dest_ip"].GetString()) && Findings(evt).Count > 0;

    public string? Title(RuleEvent evt) =>
        $"TLS from {evt["src_ip"].GetString()} to {Server(evt)}: {string.Join(", ", Findings(evt))}";

    public string? Dedup(RuleEvent evt)
    {
        var certificate = evt.Get("tls", "fingerprint").GetString() ?? evt.Get("tls", "subject").GetString();
        return $"{evt["dest_ip"].GetString()}:{certificate}";
    }

    public Level? Severity(RuleEvent evt)
    {
        var findings = Findings(evt);
        return findings.Contains("self-signed") && (findings.Contains("IP address as SNI") || Sni(evt) is null)
            ? Level.Medium
            : null;
    }

    public JsonObject? AlertContext(RuleEvent evt) => new()
    {
        ["findings"] = new JsonArray(Findings(evt).Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
        ["subject"] = evt.Get("tls", "subject").GetString(),
        ["issuer"] = evt.Get("tls", "issuerdn").GetString(),
        ["sni"] = Sni(evt),
        ["fingerprint"] = evt.Get("tls", "fingerprint").GetString(),
        ["notAfter"] = evt.Get("tls", "notafter").GetString(),
        ["ja3"] = evt.Get("tls", "ja3", "hash").GetString(),
    };

    private static List<string> Findings(RuleEvent evt)
    {
        var findings = new List<string>(3);
        var subject = evt.Get("tls", "subject").GetString();
        if (subject is not null && subject == evt.Get("tls", "issuerdn").GetString())
        {
            findings.Add("self-signed");
        }

        if (Time(evt["timestamp"], SuricataTime) is { } seen
            && (Time(evt.Get("tls", "notafter"), CertificateTime) < seen
                || Time(evt.Get("tls", "notbefore"), CertificateTime) > seen))
        {
            findings.Add("certificate not valid at connection time");
        }

        if (Sni(evt) is { } sni && IPAddress.TryParse(sni, out _))
        {
            findings.Add("IP address as SNI");
        }

        return findings;
    }

    private static string? Sni(RuleEvent evt) => evt.Get("tls", "sni").GetString();

    private static string Server(RuleEvent evt) => Sni(evt) ?? evt["dest_ip"].GetString() ?? "an unknown server";

    private static DateTimeOffset? Time(EventValue value, string format) =>
        DateTimeOffset.TryParseExact(value.GetString(), format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static bool IsPublic(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip) || ip.AddressFamily != AddressFamily.InterNetwork)
        {
            return ip is { AddressFamily: AddressFamily.InterNetworkV6 }
                && !ip.IsIPv6LinkLocal && !ip.IsIPv6UniqueLocal && !IPAddress.IsLoopback(ip);
        }

        var bytes = ip.GetAddressBytes();
        return bytes[0] switch
        {
            10 or 127 => false,
            172 => bytes[1] is < 16 or > 31,
            192 => bytes[1] != 168,
            169 => bytes[1] != 254,
            _ => true,
        };
    }
}
